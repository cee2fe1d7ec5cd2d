// Versions of the plugin API and the ABI tag a plugin and its host must share.
#pragma once

#define COPYDESK_VERSION_STRING "0.1.0"

/// The plugin API version. A plugin loads when its major equals the host's and its
/// minor is not greater than the host's (the host checks the handshake; docs/plugin-guide.md,
/// "ABI policy", says which changes bump which).
/// 1.1: Document::quote_marks().
/// 1.2: the open analysis registry (copydesk/analysis.hpp): Document::get<T>() and
///      Registry::add_analysis<T>(), which append one virtual each to Document and Registry (a
///      1.1 plugin still loads); the Dates and NameUnits analyses; name_units(doc) returns the
///      document's cached units; the shared word lists in copydesk/lexicon.hpp.
/// 2.0: NameUnit holds no strings (it was four std::string a unit): its surface is
///      doc.slice(range), and `form`, `key` and `group` are numbers of the document's distinct
///      strings, read with NameUnits::form(), key(), group_key() and text(); equal strings, equal
///      numbers. A retyped field of an SDK struct, so a major: 1.x plugins are refused.
#define COPYDESK_API_MAJOR 2
#define COPYDESK_API_MINOR 0

#define COPYDESK_STRINGIFY_(x) #x
#define COPYDESK_STRINGIFY(x) COPYDESK_STRINGIFY_(x)

// C++ types (std::string, std::vector, virtual classes) cross the plugin boundary, so the
// compiler family, its major version, the standard library's dual ABI and its debug mode
// must match. Each side computes this string with its own compiler.
#if defined(__clang__)
#define COPYDESK_ABI_COMPILER_ "clang-" COPYDESK_STRINGIFY(__clang_major__)
#elif defined(__GNUC__)
#define COPYDESK_ABI_COMPILER_ "gcc-" COPYDESK_STRINGIFY(__GNUC__)
#else
#define COPYDESK_ABI_COMPILER_ "unknown"
#endif

#if defined(_GLIBCXX_USE_CXX11_ABI) && _GLIBCXX_USE_CXX11_ABI
#define COPYDESK_ABI_STDLIB_ "/libstdc++-cxx11"
#elif defined(__GLIBCXX__)
#define COPYDESK_ABI_STDLIB_ "/libstdc++-old"
#elif defined(_LIBCPP_VERSION)
#define COPYDESK_ABI_STDLIB_ "/libc++"
#else
#define COPYDESK_ABI_STDLIB_ "/unknown"
#endif

#if defined(_GLIBCXX_DEBUG)
#define COPYDESK_ABI_DEBUG_ "/debug-stl"
#else
#define COPYDESK_ABI_DEBUG_ ""
#endif

#define COPYDESK_ABI_TAG COPYDESK_ABI_COMPILER_ COPYDESK_ABI_STDLIB_ COPYDESK_ABI_DEBUG_

/// The SDK namespace, named after the API major; `copydesk::v2` is inline so plugin code writes
/// `copydesk::Rule` while the types of two majors keep different names in one process. It refuses nothing: plugins import no
/// copydesk symbol, so nothing fails to link. What refuses a plugin built against another major
/// (or a newer minor, or another ABI tag) is the host's check of the handshake, before any C++
/// type crosses.
#define COPYDESK_NAMESPACE_BEGIN \
  namespace copydesk {           \
  inline namespace v2 {
#define COPYDESK_NAMESPACE_END \
  }                            \
  }
