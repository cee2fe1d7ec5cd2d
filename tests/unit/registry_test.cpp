// The analysis registry: typed access, one computation per document, providers reading others,
// refused registrations and cycles, and several threads asking at once.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "analysis/providers.hpp"
#include "copydesk/name_units.hpp"
#include "document/document_impl.hpp"
#include "document/readers.hpp"

using namespace copydesk;

namespace {

// A test analysis: the number of words written in capitals.
struct Shouts {
  static constexpr std::string_view analysis_id = "test.shouts";
  std::size_t words = 0;
};
// One built on another: the share of words that are shouted.
struct ShoutShare {
  static constexpr std::string_view analysis_id = "test.shout-share";
  double share = 0;
};
struct SelfLoop {
  static constexpr std::string_view analysis_id = "test.self-loop";
  int value = 0;
};

template <AnalysisType T, class F>
std::string add(analysis::Providers& providers, F compute) {
  return providers.add(T::analysis_id, sizeof(T), [compute](const Document& d) -> std::shared_ptr<const void> {
    return std::make_shared<const T>(compute(d));
  }, "test");
}

struct TestDocument {
  std::string bytes;
  document::LineIndex lines;
  document::DocumentImpl doc;
  TestDocument(std::string text, const analysis::Providers& providers)
      : bytes(std::move(text)), lines(bytes),
        doc("t.txt", document::read(document::InputFormat::Text, bytes), lines, "en-US", &providers) {}
};

}  // namespace

TEST_CASE("registry: an analysis is computed once per document and shared") {
  analysis::Providers providers = analysis::Providers::builtin();
  std::atomic<int> shouts_made = 0, shares_made = 0;
  REQUIRE(add<Shouts>(providers, [&](const Document& d) {
            ++shouts_made;
            Shouts s;
            for (const Token& t : d.get<TextStructure>().tokens) s.words += t.is_word() && t.has(kAllCaps);
            return s;
          }) == "");
  REQUIRE(add<ShoutShare>(providers, [&](const Document& d) {
            ++shares_made;
            std::size_t words = 0;
            for (const Token& t : d.tokens()) words += t.is_word();
            return ShoutShare{words ? static_cast<double>(d.get<Shouts>().words) / static_cast<double>(words) : 0};
          }) == "");

  TestDocument one("The MAYOR said NO to the plan.\n", providers);
  CHECK(one.doc.get<ShoutShare>().share == doctest::Approx(2.0 / 7));
  CHECK(one.doc.get<Shouts>().words == 2);
  CHECK(&one.doc.get<Shouts>() == &one.doc.get<Shouts>());
  CHECK(shouts_made == 1);
  CHECK(shares_made == 1);
  // The old accessors and get<T> are one value.
  CHECK(&one.doc.tokens() == &one.doc.get<TextStructure>().tokens);
  CHECK(&one.doc.names() == &one.doc.get<Names>().items);

  TestDocument two("QUIET please.\n", providers);
  CHECK(two.doc.get<Shouts>().words == 1);
  CHECK(shouts_made == 2);  // per document, not per process
}

TEST_CASE("registry: several threads asking at once get one computation") {
  analysis::Providers providers = analysis::Providers::builtin();
  std::atomic<int> made = 0;
  add<Shouts>(providers, [&](const Document& d) {
    ++made;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return Shouts{d.get<TextStructure>().tokens.size()};
  });
  TestDocument t("One TWO three.\n", providers);
  std::vector<std::size_t> seen(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = t.doc.get<Shouts>().words; });
  }
  CHECK(made == 1);
  for (std::size_t s : seen) CHECK(s == 4);
}

TEST_CASE("registry: refusals and errors name the analysis") {
  analysis::Providers providers = analysis::Providers::builtin();
  CHECK(add<Dates>(providers, [](const Document&) { return Dates{}; }).find("already provided by copydesk") !=
        std::string::npos);
  CHECK(providers.add("", 1, [](const Document&) { return std::shared_ptr<const void>(); }, "test") != "");
  add<SelfLoop>(providers, [](const Document& d) { return SelfLoop{d.get<SelfLoop>().value + 1}; });
  TestDocument t("Text.\n", providers);
  CHECK_THROWS_WITH_AS(t.doc.get<Shouts>(), doctest::Contains("test.shouts"), std::logic_error);
  CHECK_THROWS_WITH_AS(t.doc.get<SelfLoop>(), doctest::Contains("depends on itself"), std::logic_error);
  // A type of another size under a registered id: two definitions of one analysis.
  CHECK_THROWS_WITH_AS(t.doc.analysis(Dates::analysis_id, sizeof(Dates) + 8), doctest::Contains("bytes"),
                       std::logic_error);
}

TEST_CASE("registry: the host's dates and name units") {
  TestDocument t("Tuesday, March 5, 2024\n\nOn Friday, March 8 the council met Sergey Lavrov. Lavrov said no.\n",
                 analysis::Providers::builtin());
  const Dates& dates = t.doc.get<Dates>();
  REQUIRE(dates.size() == 2);
  REQUIRE(dates.article.has_value());
  CHECK(dates.article->source == "the dateline");
  CHECK(dates.year == 2024);
  CHECK(dates[0].year == 2024);
  CHECK(dates[0].weekday == 1);
  CHECK(dates[1].year == 0);
  CHECK(dates[1].resolved_year == 2024);
  CHECK(dates[1].weekday == 4);
  CHECK(t.doc.slice(dates[1].range) == "Friday, March 8");
  const NameUnits& units = t.doc.get<NameUnits>();
  REQUIRE(units.size() == 3);
  CHECK(t.doc.slice(units[0].range) == "Sergey");
  // A given name is grouped with its surname; a surname alone is its own group.
  CHECK(units.group_key(units[0]) == std::string(units.key(units[0])) + "|" + std::string(units.key(units[1])));
  CHECK(units[2].group == units[2].key);
  // One spelling, one number: both "Lavrov"s share their form's and their key's.
  CHECK(units.form(units[2]) == "lavrov");
  CHECK(units[1].form == units[2].form);
  CHECK(units[1].key == units[2].key);
  CHECK(units[0].key != units[1].key);
  CHECK(&name_units(t.doc) == &units.items);
}
