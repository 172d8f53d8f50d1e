#include "cite/csl_json.h"

#include <gtest/gtest.h>

#include "cite/apa_formatter.h"

namespace mwp {
namespace {

TEST(CslJson, ReadsZoteroStyleItems) {
  const char* json = R"([
  {"id": "dewaal1996", "type": "book",
   "author": [{"family": "Waal", "given": "Frans", "non-dropping-particle": "de"}],
   "issued": {"date-parts": [["1996"]]}, "title": "Good natured",
   "publisher": "Harvard University Press", "edition": 2},
  {"id": "apa2019", "type": "webpage", "author": [{"literal": "American Psychological Association"}],
   "issued": {"raw": "2019-03-01"}, "title": "Men", "URL": "https://apa.org",
   "DOI": "https://doi.org/10.1/X"},
  {"id": "x", "type": "article-journal", "title": "T", "volume": 12, "page": "1-2"}
])";
  Diagnostics diagnostics;
  const auto refs = parse_csl_json(json, "bibliography.json", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].type, ReferenceType::book);
  EXPECT_EQ(refs[0].authors[0].non_dropping_particle, "de");
  EXPECT_EQ(refs[0].year, 1996);
  EXPECT_EQ(refs[0].edition, "2");
  EXPECT_EQ(refs[1].authors[0].literal, "American Psychological Association");
  EXPECT_EQ(refs[1].year, 2019);
  EXPECT_EQ(refs[1].doi, "10.1/X");
  EXPECT_EQ(refs[2].volume, "12");
  EXPECT_EQ(refs[2].year, 0);
}

TEST(CslJson, RoundTripsThroughToCslJson) {
  const char* json = R"([{"id": "gross2003", "type": "chapter",
    "author": [{"family": "Gross", "given": "J. J.", "suffix": "Jr."}],
    "editor": [{"family": "John", "given": "O. P."}],
    "issued": {"date-parts": [[2003]]}, "title": "T", "container-title": "B",
    "page": "1-9", "publisher": "P", "DOI": "10.1/x", "URL": "https://x.org"}])";
  Diagnostics diagnostics;
  const auto refs = parse_csl_json(json, "b.json", diagnostics);
  ASSERT_EQ(refs.size(), 1u);
  const std::string again = nlohmann::json::array({to_csl_json(refs[0])}).dump();
  const auto back = parse_csl_json(again, "b.json", diagnostics);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(format_apa_html(back[0]), format_apa_html(refs[0]));
  EXPECT_EQ(back[0].id, "gross2003");
  EXPECT_EQ(nlohmann::json::parse(json)[0], to_csl_json(refs[0]));
}

struct ErrorCase {
  const char* json;
  const char* code;
  int line;
  size_t kept;
};

TEST(CslJson, ReportsBadItemsWhereTheyStand) {
  const ErrorCase cases[] = {
      {"[\n{\"id\": \"a\",\n \"title\": }]", "csl-json-syntax", 3, 0},
      {"{\"id\": \"a\"}", "csl-json-not-array", 1, 0},
      {"[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"},\n {\"title\": \"U\"}]",
       "csl-missing-id", 2, 1},
      {"[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"},\n\n {\"id\": \"a\", \"title\": "
       "\"U\"}]",
       "csl-duplicate-id", 3, 1},
      {"[{\"id\": \"a\", \"type\": \"book\"}]", "csl-empty-item", 1, 0},
      {"[\n {\"id\": \"a\", \"type\": \"patent\", \"title\": \"T\"}]", "csl-unsupported-type", 2,
       1},
  };
  for (const ErrorCase& c : cases) {
    Diagnostics diagnostics;
    const auto refs = parse_csl_json(c.json, "bibliography.json", diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u) << c.json;
    EXPECT_EQ(diagnostics.items()[0].code, c.code) << c.json;
    EXPECT_EQ(diagnostics.items()[0].line, c.line) << c.json;
    EXPECT_EQ(refs.size(), c.kept) << c.json;
  }
}

}  // namespace
}  // namespace mwp
