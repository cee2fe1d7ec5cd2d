// A plugin whose ABI tag is another compiler's: the host must refuse it.
#include <copydesk/plugin.hpp>

namespace {
void register_rules(void*) {}
const CopydeskPluginHandshake* handshake() {
  static const CopydeskPluginHandshake h{COPYDESK_API_MAJOR, COPYDESK_API_MINOR, sizeof(CopydeskPluginHandshake),
                                         "msvc-19/msvc-stl", "wrongabi", "1.0.0", &register_rules};
  return &h;
}
}  // namespace

BOOST_DLL_ALIAS(handshake, copydesk_plugin_handshake)
