// The plugin handshake and the COPYDESK_PLUGIN macro that exports it through Boost.DLL.
#pragma once

#include <boost/dll/alias.hpp>

#include "copydesk/rule.hpp"
#include "copydesk/version.hpp"

/// Plain C layout, outside the versioned namespace: the host reads it before it trusts any C++
/// type of the plugin. Never reorder these fields. The host refuses a handshake whose `struct_size`
/// is smaller than its own, so a field added here, even at the end, is a major bump.
extern "C" struct CopydeskPluginHandshake {
  int api_major;
  int api_minor;
  unsigned struct_size;
  const char* abi_tag;
  const char* name;
  const char* version;
  /// Called with a `copydesk::Registry*` once the versions and ABI tag have been accepted.
  void (*register_rules)(void* registry);
};

/// The exported symbol the host looks up in every plugin library, and the only symbol a plugin
/// built with copydesk_add_plugin exports (its linker version script makes the rest local).
#define COPYDESK_HANDSHAKE_SYMBOL "copydesk_plugin_handshake"

/// Exports a plugin: `COPYDESK_PLUGIN("names", "1.0.0", register_fn)` where
/// `void register_fn(copydesk::Registry&)` adds the rules. Use once per plugin library.
#define COPYDESK_PLUGIN(NAME, VERSION, REGISTER_FN)                                              \
  namespace {                                                                                    \
  void copydesk_register_thunk_(void* registry) {                                                \
    REGISTER_FN(*static_cast<::copydesk::Registry*>(registry));                                  \
  }                                                                                              \
  const ::CopydeskPluginHandshake* copydesk_handshake_() {                                       \
    static const ::CopydeskPluginHandshake handshake{                                            \
        COPYDESK_API_MAJOR, COPYDESK_API_MINOR, sizeof(::CopydeskPluginHandshake),               \
        COPYDESK_ABI_TAG,   NAME,               VERSION,                                         \
        &copydesk_register_thunk_};                                                              \
    return &handshake;                                                                           \
  }                                                                                              \
  }                                                                                              \
  BOOST_DLL_ALIAS(copydesk_handshake_, copydesk_plugin_handshake)
