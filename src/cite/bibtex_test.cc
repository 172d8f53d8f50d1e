#include "cite/bibtex.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cite/apa_formatter.h"
#include "cite/bibliography_import.h"
#include "cite/csl_json.h"
#include "cite/latex_text.h"

namespace mwp {
namespace {

constexpr const char* kBib = R"(% exported by a reference manager
@string{apa = "American Psychological Association"}
@comment{ignored {entirely}}
@Article{gross2003,
  author  = {Gross, James J. and John, Oliver P.},
  title   = {Individual Differences in Two Emotion Regulation Processes},
  journal = {Journal of Personality and Social Psychology},
  year    = 2003,
  volume  = {85},
  number  = {2},
  pages   = {348--362},
  doi     = {10.1037/0022-3514.85.2.348},
}
@book{dewaal1996,
  author = "Frans B. M. de Waal",
  title = {Good Natured},
  publisher = {Harvard University Press},
  year = {1996}, edition = {2}
}
@incollection{nolen2012,
  author = {Nolen-Hoeksema, Susan},
  editor = {Gross, J. J.},
  title = {Emotion regulation and psychopathology},
  booktitle = {Handbook of Emotion Regulation},
  pages = {1--20}, publisher = {Guilford}, year = {2012}
}
@techreport{apa2019,
  author = {{American Psychological Association}},
  title = {Guidelines for psychological practice with boys and men},
  institution = apa, year = {2018}
}
@misc{web2020,
  author = {M{\"u}ller, J{\'e}r{\^o}me and King, Jr., Martin L.},
  title = {Caf\'e culture \& men},
  url = {https://example.org/cafe}, year = {2020}, organization = {Example}
}
)";

TEST(Bibtex, ReadsTheCommonEntryTypes) {
  Diagnostics diagnostics;
  const auto refs = parse_bibtex(kBib, "refs.bib", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(refs.size(), 5u);
  EXPECT_EQ(format_apa_text(refs[0]),
            "Gross, J. J., & John, O. P. (2003). Individual Differences in Two Emotion Regulation "
            "Processes. Journal of Personality and Social Psychology, 85(2), 348\xE2\x80\x93"
            "362. "
            "https://doi.org/10.1037/0022-3514.85.2.348");
  EXPECT_EQ(refs[0].page, "348-362");
  EXPECT_EQ(refs[0].source_line, 4);
  EXPECT_EQ(format_apa_text(refs[1]),
            "de Waal, F. B. M. (1996). Good Natured (2nd ed.). Harvard University Press.");
  EXPECT_EQ(refs[2].type, ReferenceType::chapter);
  EXPECT_EQ(refs[2].container_title, "Handbook of Emotion Regulation");
  EXPECT_EQ(refs[2].editors[0].family, "Gross");
  EXPECT_EQ(refs[3].type, ReferenceType::report);
  EXPECT_EQ(refs[3].authors[0].literal, "American Psychological Association");
  EXPECT_EQ(refs[3].publisher, "American Psychological Association");
  EXPECT_EQ(refs[4].type, ReferenceType::webpage);
  EXPECT_EQ(refs[4].authors[0].family, "M\xC3\xBCller");
  EXPECT_EQ(refs[4].authors[0].given, "J\xC3\xA9r\xC3\xB4me");
  EXPECT_EQ(refs[4].authors[1].suffix, "Jr.");
  EXPECT_EQ(refs[4].title, "Caf\xC3\xA9 culture & men");
  EXPECT_EQ(refs[4].container_title, "Example");
}

TEST(Bibtex, ReportsBrokenEntries) {
  struct Case {
    const char* bib;
    const char* code;
    int line;
    size_t kept;
  } cases[] = {
      {"@article{a, title = {T}}\n@article{a, title = {U}}", "bibtex-duplicate-key", 2, 1},
      {"@article{, title = {T}}", "bibtex-syntax", 1, 0},
      {"\n@article{a, title = {T}", "bibtex-syntax", 2, 0},
      {"@article{a, title {T}}", "bibtex-syntax", 1, 0},
      {"@patent{a, title = {T}}", "bibtex-unsupported-type", 1, 1},
  };
  for (const Case& c : cases) {
    Diagnostics diagnostics;
    const auto refs = parse_bibtex(c.bib, "x.bib", diagnostics);
    ASSERT_GE(diagnostics.size(), 1u) << c.bib;
    EXPECT_EQ(diagnostics.items()[0].code, c.code) << c.bib;
    EXPECT_EQ(diagnostics.items()[0].line, c.line) << c.bib;
    EXPECT_EQ(refs.size(), c.kept) << c.bib;
  }
}

TEST(Bibtex, LatexToUnicode) {
  EXPECT_EQ(latex_to_unicode(R"({\"O}zt{\"u}rk \c{C}elik \ss{} \& {Co}---ltd)"),
            "\xC3\x96zt\xC3\xBCrk \xC3\x87"
            "elik \xC3\x9F & Co\xE2\x80\x94ltd");
}

TEST(BibliographyImport, MergesNewWorksAndReportsDuplicates) {
  Diagnostics diagnostics;
  nlohmann::json items = nlohmann::json::parse(
      R"([{"id": "gross2003", "type": "article-journal", "title": "X", "DOI": "10.1037/0022-3514.85.2.348",
           "abstract": "kept as is"},
          {"id": "dewaal1996", "type": "book", "title": "Another work"}])");
  std::vector<Reference> existing = parse_csl_json(items.dump(), "bibliography.json", diagnostics);
  const auto imported = parse_bibtex(kBib, "refs.bib", diagnostics);
  const ImportSummary summary =
      merge_into_bibliography(items, existing, imported, "refs.bib", diagnostics);
  EXPECT_EQ(summary.added, 3u);
  EXPECT_EQ(summary.duplicates, 1u);  // gross2003: same DOI
  EXPECT_EQ(summary.conflicts, 1u);   // dewaal1996: id taken by another work
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[0]["abstract"], "kept as is");
  EXPECT_EQ(items[2]["id"], "nolen2012");
  EXPECT_TRUE(diagnostics.contains("bib-duplicate"));
  EXPECT_TRUE(diagnostics.contains("bib-id-conflict"));
  EXPECT_EQ(diagnostics.items()[0].line, 4);
}

TEST(BibliographyImport, WritesTheFileAtomicallyAndIsIdempotent) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("mwp-bib-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "refs.bib") << kBib;
  Diagnostics first;
  const auto added = import_bibtex_file(dir / "refs.bib", dir, first);
  ASSERT_TRUE(added.has_value());
  EXPECT_EQ(added->added, 5u);
  EXPECT_FALSE(first.has_errors());
  Diagnostics second;
  const auto again = import_bibtex_file(dir / "refs.bib", dir, second);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->added, 0u);
  EXPECT_EQ(again->duplicates, 5u);
  std::ifstream in(dir / "bibliography.json");
  std::stringstream text;
  text << in.rdbuf();
  Diagnostics parse;
  EXPECT_EQ(parse_csl_json(text.str(), "bibliography.json", parse).size(), 5u);
  size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 2u);  // refs.bib and bibliography.json: no temporary left
  std::filesystem::remove_all(dir);
}

TEST(BibliographyImport, RefusesBrokenInput) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("mwp-bib-broken-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "bibliography.json") << "[{\"id\": ";
  std::ofstream(dir / "refs.bib") << kBib;
  Diagnostics diagnostics;
  EXPECT_FALSE(import_bibtex_file(dir / "refs.bib", dir, diagnostics).has_value());
  EXPECT_TRUE(diagnostics.contains("csl-json-syntax"));
  std::ifstream in(dir / "bibliography.json");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), "[{\"id\": ");  // untouched
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace mwp
