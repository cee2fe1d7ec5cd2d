// A plugin that claims a future API major: the host must refuse it and name both versions.
#include <copydesk/plugin.hpp>

namespace {
void register_rules(void*) {}
const CopydeskPluginHandshake* handshake() {
  static const CopydeskPluginHandshake h{COPYDESK_API_MAJOR + 98, 0, sizeof(CopydeskPluginHandshake),
                                         COPYDESK_ABI_TAG, "wrongmajor", "9.0.0", &register_rules};
  return &h;
}
}  // namespace

BOOST_DLL_ALIAS(handshake, copydesk_plugin_handshake)
