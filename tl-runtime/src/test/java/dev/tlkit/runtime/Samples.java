package dev.tlkit.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written TL objects shaped like the generated ones, so that the runtime can be tested without
 * the generator. Each follows the pattern generated code uses: sizes, bare writes, decoders that
 * {@code enter()}/{@code exit()} on boxed objects and prefix error paths with {@code within()}.
 */
final class Samples {
  private Samples() {}

  /** {@code inputUser#f21158c6 user_id:long access_hash:long = InputUser;} */
  record InputUser(long userId, long accessHash) implements TlObject {
    static final int ID = 0xf21158c6;

    @Override
    public int constructorId() {
      return ID;
    }

    @Override
    public String tlName() {
      return "inputUser";
    }

    @Override
    public int bareSize() {
      return 16;
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeLong(userId);
      w.writeLong(accessHash);
    }

    @Override
    public void visitFields(TlFieldVisitor v) {
      v.field("user_id", userId);
      v.field("access_hash", accessHash);
    }

    static InputUser decode(TlReader r) {
      r.enter();
      int id = r.readInt();
      if (id != ID) {
        throw new TlDecodeException("expected inputUser, found " + TlIds.hex(id), r.position() - 4);
      }
      InputUser u = new InputUser(r.readLong(), r.readLong());
      r.exit();
      return u;
    }
  }

  /**
   * {@code phoneCallProtocol#fc878fc8 flags:# udp_p2p:flags.0?true udp_reflector:flags.1?true
   * min_layer:int max_layer:int library_versions:Vector<string> = PhoneCallProtocol;}
   */
  record PhoneCallProtocol(boolean udpP2p, boolean udpReflector, int minLayer, int maxLayer,
      List<String> libraryVersions) implements TlObject {
    static final int ID = 0xfc878fc8;

    @Override
    public int constructorId() {
      return ID;
    }

    @Override
    public String tlName() {
      return "phoneCallProtocol";
    }

    @Override
    public int bareSize() {
      int size = 4 + 4 + 4 + 8;
      for (String s : libraryVersions) {
        size += TlSizes.ofString(s);
      }
      return size;
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeInt((udpP2p ? 1 : 0) | (udpReflector ? 2 : 0));
      w.writeInt(minLayer);
      w.writeInt(maxLayer);
      w.writeVectorHeader(libraryVersions.size());
      for (String s : libraryVersions) {
        w.writeString(s);
      }
    }

    @Override
    public void visitFields(TlFieldVisitor v) {
      v.field("udp_p2p", udpP2p);
      v.field("udp_reflector", udpReflector);
      v.field("min_layer", minLayer);
      v.field("max_layer", maxLayer);
      v.field("library_versions", libraryVersions);
    }

    static PhoneCallProtocol decode(TlReader r) {
      r.enter();
      int id = r.readInt();
      if (id != ID) {
        throw new TlDecodeException(
            "expected phoneCallProtocol, found " + TlIds.hex(id), r.position() - 4);
      }
      int flags = r.readInt();
      int minLayer = r.readInt();
      int maxLayer = r.readInt();
      int n = r.readVectorHeader(4);
      Object[] versions = new Object[n];
      for (int i = 0; i < n; i++) {
        try {
          versions[i] = r.readString();
        } catch (TlDecodeException e) {
          throw e.within("[" + i + "]").within("library_versions");
        }
      }
      r.exit();
      return new PhoneCallProtocol((flags & 1) != 0, (flags & 2) != 0, minLayer, maxLayer,
          TlList.wrap(versions));
    }
  }

  /**
   * {@code phone.requestCall#42ffd42b flags:# video:flags.0?true user_id:InputUser random_id:int
   * g_a_hash:bytes protocol:PhoneCallProtocol = phone.PhoneCall;}
   */
  record RequestCall(boolean video, InputUser userId, int randomId, TlBytes gAHash,
      PhoneCallProtocol protocol) implements TlObject {
    static final int ID = 0x42ffd42b;

    @Override
    public int constructorId() {
      return ID;
    }

    @Override
    public String tlName() {
      return "phone.requestCall";
    }

    @Override
    public int bareSize() {
      return 4 + userId.serializedSize() + 4 + TlSizes.ofBytes(gAHash) + protocol.serializedSize();
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeInt(video ? 1 : 0);
      userId.serialize(w);
      w.writeInt(randomId);
      w.writeBytes(gAHash);
      protocol.serialize(w);
    }

    @Override
    public void visitFields(TlFieldVisitor v) {
      v.field("video", video);
      v.field("user_id", userId);
      v.field("random_id", randomId);
      v.field("g_a_hash", gAHash);
      v.field("protocol", protocol);
    }

    static RequestCall decode(TlReader r) {
      r.enter();
      int id = r.readInt();
      if (id != ID) {
        throw new TlDecodeException(
            "expected phone.requestCall, found " + TlIds.hex(id), r.position() - 4);
      }
      int flags = r.readInt();
      InputUser user;
      try {
        user = InputUser.decode(r);
      } catch (TlDecodeException e) {
        throw e.within("user_id");
      }
      int randomId = r.readInt();
      TlBytes hash = r.readBytes();
      PhoneCallProtocol protocol;
      try {
        protocol = PhoneCallProtocol.decode(r);
      } catch (TlDecodeException e) {
        throw e.within("protocol");
      }
      r.exit();
      return new RequestCall((flags & 1) != 0, user, randomId, hash, protocol);
    }
  }

  /** {@code pong#347773c5 msg_id:long ping_id:long = Pong;} */
  record Pong(long msgId, long pingId) implements TlObject {
    static final int ID = 0x347773c5;

    @Override
    public int constructorId() {
      return ID;
    }

    @Override
    public String tlName() {
      return "pong";
    }

    @Override
    public int bareSize() {
      return 16;
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeLong(msgId);
      w.writeLong(pingId);
    }

    @Override
    public void visitFields(TlFieldVisitor v) {
      v.field("msg_id", msgId);
      v.field("ping_id", pingId);
    }
  }

  /** {@code ping#7abe77ec ping_id:long = Pong;} */
  record Ping(long pingId) implements TlFunction<Pong> {
    static final int ID = 0x7abe77ec;

    @Override
    public int constructorId() {
      return ID;
    }

    @Override
    public String tlName() {
      return "ping";
    }

    @Override
    public int bareSize() {
      return 8;
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeLong(pingId);
    }

    @Override
    public void visitFields(TlFieldVisitor v) {
      v.field("ping_id", pingId);
    }

    @Override
    public Pong decodeResult(TlReader r) {
      int id = r.readInt();
      if (id != Pong.ID) {
        throw new TlDecodeException("expected pong, found " + TlIds.hex(id), r.position() - 4);
      }
      return new Pong(r.readLong(), r.readLong());
    }
  }

  /** An object that only visits: given name and fields, for JSON and tree tests. */
  static final class FieldBag implements TlObject {
    private final String name;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    FieldBag(String name) {
      this.name = name;
    }

    FieldBag with(String field, Object value) {
      fields.put(field, value);
      return this;
    }

    @Override
    public int constructorId() {
      return 0;
    }

    @Override
    public String tlName() {
      return name;
    }

    @Override
    public int bareSize() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void writeBare(TlWriter w) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void visitFields(TlFieldVisitor v) {
      fields.forEach(v::field);
    }
  }

  /** The {@code phone.requestCall} of the examples, with every kind of field. */
  static RequestCall requestCall() {
    return new RequestCall(true, new InputUser(123456789L, -987654321987654321L), 43,
        TlBytes.utf8("arbitrary 19 bytes!"),
        new PhoneCallProtocol(true, true, 65, 92, new ArrayList<>(List.of("some string here"))));
  }
}
