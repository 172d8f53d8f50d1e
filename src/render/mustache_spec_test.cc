// mwp's Mustache engine against the cases of the Mustache specification
// (github.com/mustache/spec): interpolation, sections, inverted sections,
// partials, comments and set delimiters, one table per area. The cases are
// written out here, each named as the specification names it.
//
// Where mwp departs from the specification, on purpose, a case says so:
// a partial that includes itself is an error (partials are inlined once,
// when the template is compiled), and an apostrophe is escaped too
// ("&#39;"), as text/escape.h escapes everything that reaches HTML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/mustache_template.h"

namespace mwp {
namespace {

struct SpecCase {
  const char* name;
  const char* data;  // JSON
  const char* text;
  const char* expected;
  PartialTexts partials = {};
};

void expect_cases(const std::vector<SpecCase>& cases) {
  for (const SpecCase& c : cases) {
    std::string error;
    const auto compiled = MustacheTemplate::parse(c.text, c.partials, error);
    ASSERT_TRUE(compiled.has_value()) << c.name << ": " << error;
    EXPECT_EQ(compiled->render(nlohmann::json::parse(c.data)), c.expected) << c.name;
  }
}

TEST(MustacheSpec, Interpolation) {
  expect_cases({
      {"No Interpolation", "{}", "Hello from {Mustache}!\n", "Hello from {Mustache}!\n"},
      {"Basic Interpolation", R"({"subject": "world"})", "Hello, {{subject}}!\n",
       "Hello, world!\n"},
      {"HTML Escaping", R"({"forbidden": "& \" < >"})", "These: {{forbidden}}\n",
       "These: &amp; &quot; &lt; &gt;\n"},
      {"Triple Mustache", R"({"forbidden": "& \" < >"})", "These: {{{forbidden}}}\n",
       "These: & \" < >\n"},
      {"Ampersand", R"({"forbidden": "& \" < >"})", "These: {{&forbidden}}\n", "These: & \" < >\n"},
      {"Basic Integer Interpolation", R"({"mph": 85})", "\"{{mph}} miles an hour!\"",
       "\"85 miles an hour!\""},
      {"Basic Decimal Interpolation", R"({"power": 1.21})", "\"{{power}} jiggawatts!\"",
       "\"1.21 jiggawatts!\""},
      {"Basic Null Interpolation", R"({"cannot": null})", "I ({{cannot}}) be seen!",
       "I () be seen!"},
      {"Basic Context Miss Interpolation", "{}", "I ({{cannot}}) be seen!", "I () be seen!"},
      {"Dotted Names - Basic Interpolation", R"({"person": {"name": "Joe"}})",
       "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", "\"Joe\" == \"Joe\""},
      {"Dotted Names - Arbitrary Depth", R"({"a": {"b": {"c": {"d": {"e": {"name": "Phil"}}}}}})",
       "\"{{a.b.c.d.e.name}}\" == \"Phil\"", "\"Phil\" == \"Phil\""},
      {"Dotted Names - Broken Chains", R"({"a": {}})", "\"{{a.b.c}}\" == \"\"", "\"\" == \"\""},
      {"Dotted Names - Broken Chain Resolution", R"({"a": {"b": {}}, "c": {"name": "Jim"}})",
       "\"{{a.b.c.name}}\" == \"\"", "\"\" == \"\""},
      {"Dotted Names - Initial Resolution",
       R"({"a": {"b": {"c": {"d": {"e": {"name": "Phil"}}}}},
           "b": {"c": {"d": {"e": {"name": "Wrong"}}}}})",
       "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"", "\"Phil\" == \"Phil\""},
      {"Implicit Iterators - Basic Interpolation", "\"world\"", "Hello, {{.}}!\n",
       "Hello, world!\n"},
      {"Interpolation - Surrounding Whitespace", R"({"string": "---"})", "| {{string}} |",
       "| --- |"},
      {"Interpolation - Standalone", R"({"string": "---"})", "  {{string}}\n", "  ---\n"},
      {"Interpolation With Padding", R"({"string": "---"})", "|{{ string }}|", "|---|"},
      {"Ampersand With Padding", R"({"string": "---"})", "|{{& string }}|", "|---|"},
      // mwp: an apostrophe is escaped as well.
      {"HTML Escaping of an apostrophe", R"({"s": "it's"})", "{{s}}", "it&#39;s"},
  });
}

TEST(MustacheSpec, Sections) {
  expect_cases({
      {"Truthy", R"({"boolean": true})", "\"{{#boolean}}This should be rendered.{{/boolean}}\"",
       "\"This should be rendered.\""},
      {"Falsey", R"({"boolean": false})",
       "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", "\"\""},
      {"Null is falsey", R"({"null": null})", "\"{{#null}}not rendered{{/null}}\"", "\"\""},
      {"Context", R"({"context": {"name": "Joe"}})", "\"{{#context}}Hi {{name}}.{{/context}}\"",
       "\"Hi Joe.\""},
      {"Parent contexts", R"({"a": "foo", "b": "wrong", "sec": {"b": "bar"}, "c": {"d": "baz"}})",
       "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", "\"foo, bar, baz\""},
      {"List", R"({"list": [{"item": 1}, {"item": 2}, {"item": 3}]})",
       "\"{{#list}}{{item}}{{/list}}\"", "\"123\""},
      {"Empty List", R"({"list": []})", "\"{{#list}}Yay lists!{{/list}}\"", "\"\""},
      {"Doubled", R"({"bool": true, "two": "second"})",
       "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n",
       "* first\n* second\n* third\n"},
      {"Nested (Truthy)", R"({"bool": true})", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |",
       "| A B C D E |"},
      {"Nested (Falsey)", R"({"bool": false})", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |",
       "| A  E |"},
      {"Context Misses", "{}", "[{{#missing}}Found key 'missing'!{{/missing}}]", "[]"},
      {"Implicit Iterator - String", R"({"list": ["a", "b", "c", "d", "e"]})",
       "\"{{#list}}({{.}}){{/list}}\"", "\"(a)(b)(c)(d)(e)\""},
      {"Implicit Iterator - Integer", R"({"list": [1, 2, 3, 4, 5]})",
       "\"{{#list}}({{.}}){{/list}}\"", "\"(1)(2)(3)(4)(5)\""},
      {"Implicit Iterator - Array", R"({"list": [[1, 2, 3], ["a", "b", "c"]]})",
       "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"", "\"(123)(abc)\""},
      {"Dotted Names - Truthy", R"({"a": {"b": {"c": true}}})",
       "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"", "\"Here\" == \"Here\""},
      {"Dotted Names - Falsey", R"({"a": {"b": {"c": false}}})",
       "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", "\"\" == \"\""},
      {"Surrounding Whitespace", R"({"boolean": true})", " | {{#boolean}}\t|\t{{/boolean}} | \n",
       " | \t|\t | \n"},
      {"Internal Whitespace", R"({"boolean": true})",
       " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", " |  \n  | \n"},
      {"Indented Inline Sections", R"({"boolean": true})",
       " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", " YES\n GOOD\n"},
      {"Standalone Lines", R"({"boolean": true})",
       "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", "| This Is\n|\n| A Line\n"},
      {"Indented Standalone Lines", R"({"boolean": true})",
       "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", "| This Is\n|\n| A Line\n"},
      {"Standalone Line Endings", R"({"boolean": true})", "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|",
       "|\r\n|"},
      {"Standalone Without Previous Line", R"({"boolean": true})",
       "  {{#boolean}}\n#{{/boolean}}\n/", "#\n/"},
      {"Standalone Without Newline", R"({"boolean": true})", "#{{#boolean}}\n/\n  {{/boolean}}",
       "#\n/\n"},
      {"Padding", R"({"boolean": true})", "|{{# boolean }}={{/ boolean }}|", "|=|"},
  });
}

TEST(MustacheSpec, InvertedSections) {
  expect_cases({
      {"Falsey", R"({"boolean": false})", "\"{{^boolean}}This should be rendered.{{/boolean}}\"",
       "\"This should be rendered.\""},
      {"Truthy", R"({"boolean": true})", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"",
       "\"\""},
      {"Null is falsey", R"({"null": null})", "\"{{^null}}rendered{{/null}}\"", "\"rendered\""},
      {"Context", R"({"context": {"name": "Joe"}})", "\"{{^context}}Hi {{name}}.{{/context}}\"",
       "\"\""},
      {"List", R"({"list": [{"n": 1}, {"n": 2}, {"n": 3}]})", "\"{{^list}}{{n}}{{/list}}\"",
       "\"\""},
      {"Empty List", R"({"list": []})", "\"{{^list}}Yay lists!{{/list}}\"", "\"Yay lists!\""},
      {"Doubled", R"({"bool": false, "two": "second"})",
       "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n",
       "* first\n* second\n* third\n"},
      {"Nested (Falsey)", R"({"bool": false})", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |",
       "| A B C D E |"},
      {"Context Misses", "{}", "[{{^missing}}Found key 'missing'!{{/missing}}]",
       "[Found key 'missing'!]"},
      {"Dotted Names - Broken Chains", R"({"a": {}})",
       "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", "\"Not Here\" == \"Not Here\""},
      {"Standalone Lines", R"({"boolean": false})",
       "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", "| This Is\n|\n| A Line\n"},
      {"Standalone Without Newline", R"({"boolean": false})", "^{{^boolean}}\n/\n  {{/boolean}}",
       "^\n/\n"},
      {"Padding", R"({"boolean": false})", "|{{^ boolean }}={{/ boolean }}|", "|=|"},
  });
}

TEST(MustacheSpec, Partials) {
  expect_cases({
      {"Basic Behavior", "{}", "\"{{>text}}\"", "\"from partial\"", {{"text", "from partial"}}},
      {"Failed Lookup", "{}", "\"{{>text}}\"", "\"\""},
      {"Context",
       R"({"text": "content"})",
       "\"{{>partial}}\"",
       "\"*content*\"",
       {{"partial", "*{{text}}*"}}},
      {"Surrounding Whitespace", "{}", "| {{>partial}} |", "| \t|\t |", {{"partial", "\t|\t"}}},
      {"Inline Indentation",
       R"({"data": "|"})",
       "  {{data}}  {{> partial}}\n",
       "  |  >\n>\n",
       {{"partial", ">\n>"}}},
      {"Standalone Line Endings", "{}", "|\r\n{{>partial}}\r\n|", "|\r\n>|", {{"partial", ">"}}},
      {"Standalone Without Previous Line",
       "{}",
       "  {{>partial}}\n>",
       "  >\n  >>",
       {{"partial", ">\n>"}}},
      {"Standalone Without Newline",
       "{}",
       ">\n  {{>partial}}",
       ">\n  >\n  >",
       {{"partial", ">\n>"}}},
      {"Standalone Indentation",
       R"({"content": "<\n->"})",
       "\\\n {{>partial}}\n/\n",
       "\\\n |\n <\n->\n |\n/\n",
       {{"partial", "|\n{{{content}}}\n|\n"}}},
      {"Padding Whitespace",
       R"({"boolean": true})",
       "|{{> partial }}|",
       "|[]|",
       {{"partial", "[]"}}},
  });
  // mwp: partials are inlined when the template is compiled, so a partial
  // that includes itself, which the specification renders while the data
  // lasts, is an error.
  std::string error;
  EXPECT_FALSE(MustacheTemplate::parse(
      "{{>node}}", {{"node", "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"}}, error));
  EXPECT_NE(error.find("partials nest"), std::string::npos) << error;
}

TEST(MustacheSpec, Comments) {
  expect_cases({
      {"Inline", "{}", "12345{{! Comment Block! }}67890", "1234567890"},
      {"Multiline", "{}", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n",
       "1234567890\n"},
      {"Standalone", "{}", "Begin.\n{{! Comment Block! }}\nEnd.\n", "Begin.\nEnd.\n"},
      {"Indented Standalone", "{}", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n",
       "Begin.\nEnd.\n"},
      {"Standalone Line Endings", "{}", "|\r\n{{! Standalone Comment }}\r\n|", "|\r\n|"},
      {"Standalone Without Previous Line", "{}", "  {{! I'm Still Standalone }}\n!", "!"},
      {"Standalone Without Newline", "{}", "!\n  {{! I'm Still Standalone }}", "!\n"},
      {"Multiline Standalone", "{}", "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n",
       "Begin.\nEnd.\n"},
      {"Indented Multiline Standalone", "{}",
       "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n", "Begin.\nEnd.\n"},
      {"Indented Inline", "{}", "  12 {{! 34 }}\n", "  12 \n"},
      {"Surrounding Whitespace", "{}", "12345 {{! Comment Block! }} 67890", "12345  67890"},
  });
}

TEST(MustacheSpec, Delimiters) {
  expect_cases({
      {"Pair Behavior", R"({"text": "Hey!"})", "{{=<% %>=}}(<%text%>)", "(Hey!)"},
      {"Special Characters", R"({"text": "It worked!"})", "({{=[ ]=}}[text])", "(It worked!)"},
      {"Sections", R"({"section": true, "data": "I got interpolated."})",
       "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  "
       "{{data}}\n  |data|\n|/section|\n]\n",
       "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"},
      {"Inverted Sections", R"({"section": false, "data": "I got interpolated."})",
       "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  "
       "{{data}}\n  |data|\n|/section|\n]\n",
       "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"},
      {"Partial Inheritence",
       R"({"value": "yes"})",
       "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n",
       "[ .yes. ]\n[ .yes. ]\n",
       {{"include", ".{{value}}."}}},
      {"Post-Partial Behavior",
       R"({"value": "yes"})",
       "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n",
       "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n",
       {{"include", ".{{value}}. {{= | | =}} .|value|."}}},
      {"Surrounding Whitespace", "{}", "| {{=@ @=}} |", "|  |"},
      {"Outlying Whitespace (Inline)", "{}", " | {{=@ @=}}\n", " | \n"},
      {"Standalone Tag", "{}", "Begin.\n{{=@ @=}}\nEnd.\n", "Begin.\nEnd.\n"},
      {"Indented Standalone Tag", "{}", "Begin.\n  {{=@ @=}}\nEnd.\n", "Begin.\nEnd.\n"},
      {"Standalone Line Endings", "{}", "|\r\n{{= @ @ =}}\r\n|", "|\r\n|"},
      {"Standalone Without Previous Line", "{}", "  {{=@ @=}}\n=", "="},
      {"Standalone Without Newline", "{}", "=\n  {{=@ @=}}", "=\n"},
      {"Pair with Padding", "{}", "|{{= @   @ =}}|", "||"},
  });
}

}  // namespace
}  // namespace mwp
