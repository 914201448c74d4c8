package dev.tlkit.runtime;

/** Test helper: hex text to bytes and back, so that expected encodings read as hex. */
final class Hex {
  private Hex() {}

  static byte[] bytes(String hex) {
    return TlBytes.ofHex(hex).toByteArray();
  }

  static String hex(byte[] bytes) {
    return TlBytes.of(bytes).hex();
  }
}
