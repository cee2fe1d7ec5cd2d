// Small closed word lists the analyses share (honorifics and calendar words from
// copydesk/lexicon.hpp, which plugins read too), sentence openers, and the US/UK spelling pairs and regions that pick a document's variety.
#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "analysis/analysis.hpp"
#include "copydesk/lexicon.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {
namespace {

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

constexpr std::string_view kOpeners[] = {
    "The",     "A",       "An",      "He",       "She",     "It",      "They",   "We",      "I",
    "You",     "But",     "And",     "Or",       "So",      "Yet",     "In",     "On",      "At",
    "By",      "For",     "From",    "To",       "With",    "Without", "Of",     "As",      "If",
    "When",    "While",   "After",   "Before",   "Since",   "Until",   "Although", "Though", "Because",
    "This",    "That",    "These",   "Those",    "There",   "Here",    "His",    "Her",     "Their",
    "Our",     "Its",     "My",      "Your",     "Some",    "Many",    "Most",   "Few",     "All",
    "Both",    "Each",    "Every",   "No",       "Not",     "None",    "Neither", "Either", "One",
    "Two",     "Three",   "According", "However", "Meanwhile", "Also",  "Still",  "Instead", "Later",
    "Earlier", "Now",     "Then",    "What",     "Who",     "Why",     "How",    "Where",   "Such",
    "Another", "Other",   "Under",   "Over",     "During",  "Despite"};

// US form, UK form. A document's variety is whichever column it uses more.
constexpr std::pair<std::string_view, std::string_view> kVarietyPairs[] = {
    {"color", "colour"},         {"colors", "colours"},       {"favor", "favour"},
    {"favorite", "favourite"},   {"honor", "honour"},         {"labor", "labour"},
    {"neighbor", "neighbour"},   {"neighbors", "neighbours"}, {"behavior", "behaviour"},
    {"center", "centre"},        {"centers", "centres"},      {"theater", "theatre"},
    {"meter", "metre"},          {"meters", "metres"},        {"kilometers", "kilometres"},
    {"defense", "defence"},      {"offense", "offence"},      {"license", "licence"},
    {"organize", "organise"},    {"organized", "organised"},  {"organization", "organisation"},
    {"organizations", "organisations"}, {"recognize", "recognise"}, {"recognized", "recognised"},
    {"realize", "realise"},      {"realized", "realised"},    {"criticize", "criticise"},
    {"criticized", "criticised"}, {"apologize", "apologise"}, {"emphasize", "emphasise"},
    {"analyze", "analyse"},      {"paralyzed", "paralysed"},  {"traveled", "travelled"},
    {"traveling", "travelling"}, {"canceled", "cancelled"},   {"labeled", "labelled"},
    {"modeling", "modelling"},   {"program", "programme"},    {"catalog", "catalogue"},
    {"dialog", "dialogue"},      {"gray", "grey"},            {"tire", "tyre"},
    {"pajamas", "pyjamas"},      {"aluminum", "aluminium"},   {"mom", "mum"},
    {"jewelry", "jewellery"},    {"plow", "plough"},          {"skeptical", "sceptical"},
    {"maneuver", "manoeuvre"},   {"estrogen", "oestrogen"},   {"pediatric", "paediatric"},
    {"fetus", "foetus"},         {"anesthesia", "anaesthesia"}, {"harbor", "harbour"},
    {"humor", "humour"},         {"rumor", "rumour"},         {"vapor", "vapour"},
    {"fulfill", "fulfil"},       {"enrollment", "enrolment"}, {"judgment", "judgement"},
};

// Places and peoples whose press spells the British way, and places only in the US: a short
// article with few variety spellings takes its variety from where it is set.
constexpr std::string_view kBritishSpellingRegions[] = {
    "Adelaide", "Auckland", "Australia", "Australian", "Australians", "Bangladesh", "Belfast", "Bengaluru",
    "Birmingham", "Brisbane", "Britain", "British", "Canberra", "Cardiff", "Chennai", "Cork", "Delhi",
    "Dhaka", "Dublin", "Edinburgh", "England", "Glasgow", "Hyderabad", "India", "Indian", "Indians",
    "Ireland", "Irish", "Islamabad", "Karachi", "Kenya", "Kolkata", "Lahore", "Lanka", "Liverpool",
    "London", "Manchester", "Melbourne", "Mumbai", "Nairobi", "Pakistan", "Pakistani", "Pakistanis",
    "Peshawar", "Perth", "Queensland", "Scotland", "Scottish", "Singapore", "Sydney", "Victoria", "Wales",
    "Welsh", "Wellington", "Zealand"};
constexpr std::string_view kUsOnlyRegions[] = {
    "Alabama", "Arizona", "Atlanta", "Boston", "California", "Chicago", "Colorado", "Dallas", "Florida",
    "Houston", "Illinois", "Michigan", "Minnesota", "Ohio", "Oregon", "Pennsylvania", "Philadelphia",
    "Seattle", "Texas", "Virginia", "Wisconsin"};

}  // namespace

bool is_honorific(std::string_view word) { return lexicon::honorific(word) != nullptr; }

bool is_weekday_or_month(std::string_view word) { return lexicon::is_weekday_or_month(word); }

// A hash lookup: the names analysis asks it of every capitalised word that opens a sentence.
bool is_sentence_opener(std::string_view word) {
  // Never destroyed: an exit() mid-run must not free it under the other checking threads.
  static const std::unordered_set<std::string_view>& kOpenerSet =
      *new std::unordered_set<std::string_view>(std::begin(kOpeners), std::end(kOpeners));
  return kOpenerSet.count(word) > 0;
}

namespace {

// A place name: in a region whose press spells the British way, or in the US only.
enum class Region { British, UsOnly };

// The regions of kBritishSpellingRegions and kUsOnlyRegions, found with one hash lookup per proper
// noun instead of a walk along both lists. Never destroyed (see kVariety below).
const std::unordered_map<std::string_view, Region>& region_names() {
  static const std::unordered_map<std::string_view, Region>& kRegions = *[] {
    auto m = new std::unordered_map<std::string_view, Region>;
    for (std::string_view place : kBritishSpellingRegions) m->emplace(place, Region::British);
    for (std::string_view place : kUsOnlyRegions) m->emplace(place, Region::UsOnly);
    return m;
  }();
  return kRegions;
}

}  // namespace

VarietyGuess guess_variety(const std::vector<Token>& tokens) {
  // word -> +1 for a US spelling, -1 for a UK one; built once.
  // Never destroyed: an exit() mid-run must not free it under the other checking threads.
  static const std::unordered_map<std::string_view, int>& kVariety = *[] {
    auto m = new std::unordered_map<std::string_view, int>;
    for (const auto& [us_form, uk_form] : kVarietyPairs) {
      // British copy may spell -ize too (Oxford spelling): only -ise says which variety it is.
      if (us_form.find("iz") == std::string_view::npos) m->emplace(us_form, 1);
      m->emplace(uk_form, -1);
    }
    return m;
  }();
  // Their shapes: most words of a document are turned away before lowering and hashing.
  static const WordShapes kVarietyShapes = [] {
    WordShapes shapes;
    for (const auto& entry : kVariety) shapes.add(entry.first);
    return shapes;
  }();
  int score = 0, british_region = 0, us_region = 0;
  char buffer[16];
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::Word || t.text.size() < 3) continue;
    bool proper = t.has(kCapitalized) && !t.has(kSentenceStart);
    if (proper) {
      auto region = region_names().find(t.text);
      if (region != region_names().end()) (region->second == Region::British ? british_region : us_region)++;
      // "Pearl Harbor", "the Department of Defense", "the Australian Labor Party": a proper
      // noun keeps its own spelling and says nothing about the writer's.
      continue;
    }
    if (t.text.size() > sizeof buffer || !kVarietyShapes.may_contain(t.text)) continue;
    for (std::size_t i = 0; i < t.text.size(); ++i)
      buffer[i] = ascii_lower(t.text[i]);  // std::tolower in the "C" locale
    auto it = kVariety.find(std::string_view(buffer, t.text.size()));
    if (it != kVariety.end()) score += it->second;
  }
  // Two spellings more of one variety decide; fewer, the region does when it is clearly one
  // that spells the British way (at least two mentions, and more than twice the US places).
  if (score <= -2 || score >= 2) return {score < 0 ? "en-GB" : "en-US", "words", score};
  if (british_region >= 2 && british_region > 2 * us_region) return {"en-GB", "region", score};
  if (score != 0) return {score < 0 ? "en-GB" : "en-US", "words", score};
  return {"en-US", "none", score};
}

std::string_view detect_variety(const std::vector<Token>& tokens) { return guess_variety(tokens).language; }


}  // namespace copydesk::analysis
