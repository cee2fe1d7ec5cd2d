// A shared library with no copydesk handshake: the host must refuse it, not crash.
extern "C" int not_a_copydesk_plugin() { return 42; }
