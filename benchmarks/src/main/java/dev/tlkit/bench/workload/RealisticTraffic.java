package dev.tlkit.bench.workload;

import dev.tlkit.bench.l223.Channel;
import dev.tlkit.bench.l223.ChatPhoto;
import dev.tlkit.bench.l223.Message;
import dev.tlkit.bench.l223.MessageEntityBold;
import dev.tlkit.bench.l223.MessageEntityCode;
import dev.tlkit.bench.l223.MessageEntityItalic;
import dev.tlkit.bench.l223.MessageEntityMentionName;
import dev.tlkit.bench.l223.MessageEntityTextUrl;
import dev.tlkit.bench.l223.MessageEntityUrl;
import dev.tlkit.bench.l223.MessageMediaPhoto;
import dev.tlkit.bench.l223.MessageReplyHeader;
import dev.tlkit.bench.l223.MessagesMessages;
import dev.tlkit.bench.l223.PeerChannel;
import dev.tlkit.bench.l223.PeerUser;
import dev.tlkit.bench.l223.Photo;
import dev.tlkit.bench.l223.PhotoSize;
import dev.tlkit.bench.l223.PhotoSizeProgressive;
import dev.tlkit.bench.l223.PhotoStrippedSize;
import dev.tlkit.bench.l223.StorageFilePartial;
import dev.tlkit.bench.l223.TypeChat;
import dev.tlkit.bench.l223.TypeMessage;
import dev.tlkit.bench.l223.TypeMessageEntity;
import dev.tlkit.bench.l223.TypeUpdate;
import dev.tlkit.bench.l223.TypeUser;
import dev.tlkit.bench.l223.TypeUserStatus;
import dev.tlkit.bench.l223.UpdateNewMessage;
import dev.tlkit.bench.l223.Updates;
import dev.tlkit.bench.l223.UploadFile;
import dev.tlkit.bench.l223.User;
import dev.tlkit.bench.l223.UserProfilePhoto;
import dev.tlkit.bench.l223.UserStatusOffline;
import dev.tlkit.bench.l223.UserStatusOnline;
import dev.tlkit.bench.l223.UserStatusRecently;
import dev.tlkit.runtime.TlBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a Telegram client receives most, made up deterministically (one seeded generator, no clock,
 * no hash order) at layer 223: answers to {@code messages.getHistory}, update batches, and file
 * parts. The same seed gives the same objects, so the same bytes, on every machine.
 */
final class RealisticTraffic {
  /** Words of several scripts, so that texts mix one-, two-, three- and four-byte UTF-8. */
  private static final String[][] WORDS = {
    {"hello", "the", "meeting", "is", "at", "noon", "see", "you", "there", "thanks", "ok", "link",
        "photo", "tomorrow", "great", "news", "release", "build", "passed", "review"},
    {"привет", "как", "дела", "встреча", "завтра", "спасибо", "хорошо", "фото", "новости", "да"},
    {"γεια", "σου", "καλημέρα", "ευχαριστώ", "ναι", "όχι"},
    {"مرحبا", "شكرا", "غدا", "نعم", "صورة"},
    {"你好", "谢谢", "明天", "会议", "照片", "新闻", "好的"},
    {"こんにちは", "ありがとう", "写真", "明日"},
    {"👍", "😀", "🎉", "❤️", "🔥", "🙂"},
  };
  private static final int[] SCRIPT_WEIGHTS = {50, 20, 5, 5, 10, 5, 5};
  private static final String[] FIRST_NAMES = {"Anna", "Boris", "Chen", "Dmitri", "Eleni",
      "Fatima", "Georg", "Hana", "Ivan", "José", "Katya", "Liu", "Maria", "Nikos", "Olga",
      "Pavel", "Sofia", "Yuki", "Zoë", "Алексей", "Мария", "Αλέξης", "محمد", "王芳"};
  private static final String[] LAST_NAMES = {"Smith", "Ivanova", "Wang", "Müller", "Papadopoulou",
      "Kowalski", "García", "Сидоров", "Tanaka", "Haddad", ""};

  private final SplittableRandom random;

  RealisticTraffic(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * One answer to {@code messages.getHistory} of a channel: 100 messages, 40 users, 5 channels.
   *
   * @param firstId the id of the oldest message
   */
  MessagesMessages history(int firstId) {
    List<TypeUser> users = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      users.add(user(1_000_000L + i * 7919L));
    }
    List<TypeChat> chats = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      chats.add(channel(1_500_000_000L + i * 104_729L));
    }
    List<TypeMessage> messages = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      long from = 1_000_000L + random.nextInt(40) * 7919L;
      long channel = 1_500_000_000L + random.nextInt(5) * 104_729L;
      messages.add(message(firstId + 99 - i, from, channel));
    }
    return MessagesMessages.builder()
        .messages(messages).topics(List.of()).chats(chats).users(users).build();
  }

  /** An {@code updates} of 1 to 3 new messages in one channel, with their senders and the channel. */
  Updates updates(int firstId, int date) {
    int n = 1 + random.nextInt(3);
    long channel = 1_500_000_000L + random.nextInt(5) * 104_729L;
    List<TypeUpdate> updates = new ArrayList<>();
    List<TypeUser> users = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long from = 1_000_000L + random.nextInt(40) * 7919L;
      updates.add(UpdateNewMessage.builder()
          .message(message(firstId + i, from, channel))
          .pts(firstId + i).ptsCount(1).build());
      users.add(user(from));
    }
    return Updates.builder().updates(updates).users(users).chats(List.of(channel(channel)))
        .date(date).seq(0).build();
  }

  /** A 512 KiB part of a file being downloaded. */
  UploadFile filePart(int mtime) {
    byte[] content = new byte[512 * 1024];
    random.nextBytes(content);
    return UploadFile.builder().type(new StorageFilePartial()).mtime(mtime)
        .bytes(TlBytes.of(content)).build();
  }

  private Message message(int id, long fromUser, long channel) {
    String text = text(10 + random.nextInt(391));
    Message.Builder m = Message.builder()
        .id(id)
        .fromId(new PeerUser(fromUser))
        .peerId(new PeerChannel(channel))
        .date(1_750_000_000 + id * 13)
        .message(text);
    int entities = random.nextInt(5);
    if (entities > 0) {
      List<TypeMessageEntity> list = new ArrayList<>();
      for (int i = 0; i < entities; i++) {
        list.add(entity(text.length()));
      }
      m.entities(list);
    }
    if (random.nextInt(4) == 0) {
      m.media(MessageMediaPhoto.builder().photo(photo()).build());
    }
    if (random.nextInt(3) == 0) {
      m.replyTo(MessageReplyHeader.builder().replyToMsgId(Math.max(1, id - 1 - random.nextInt(50)))
          .build());
    }
    if (random.nextInt(5) == 0) {
      m.editDate(1_750_000_000 + id * 13 + 60);
    }
    if (random.nextInt(10) == 0) {
      m.views(random.nextInt(100_000)).forwards(random.nextInt(1000));
    }
    return m.out(random.nextInt(8) == 0).build();
  }

  private TypeMessageEntity entity(int textLength) {
    int offset = random.nextInt(textLength);
    int length = 1 + random.nextInt(Math.max(1, Math.min(40, textLength - offset)));
    return switch (random.nextInt(6)) {
      case 0 -> MessageEntityBold.builder().offset(offset).length(length).build();
      case 1 -> MessageEntityItalic.builder().offset(offset).length(length).build();
      case 2 -> MessageEntityCode.builder().offset(offset).length(length).build();
      case 3 -> MessageEntityUrl.builder().offset(offset).length(length).build();
      case 4 -> MessageEntityTextUrl.builder().offset(offset).length(length)
          .url("https://example.org/" + Long.toHexString(random.nextLong())).build();
      default -> MessageEntityMentionName.builder().offset(offset).length(length)
          .userId(1_000_000L + random.nextInt(40) * 7919L).build();
    };
  }

  private Photo photo() {
    return Photo.builder()
        .id(random.nextLong()).accessHash(random.nextLong())
        .fileReference(bytes(16 + random.nextInt(16)))
        .date(1_750_000_000 + random.nextInt(1_000_000))
        .sizes(List.of(
            PhotoStrippedSize.builder().type("i").bytes(bytes(100 + random.nextInt(800))).build(),
            PhotoSize.builder().type("m").w(320).h(240).size(10_000 + random.nextInt(20_000))
                .build(),
            PhotoSizeProgressive.builder().type("y").w(1280).h(960)
                .sizes(List.of(12_000, 40_000, 90_000, 150_000 + random.nextInt(50_000))).build()))
        .dcId(2)
        .build();
  }

  private User user(long id) {
    SplittableRandom r = new SplittableRandom(id); // the same user always looks the same
    String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
    String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    User.Builder u = User.builder()
        .id(id)
        .accessHash(r.nextLong())
        .firstName(first)
        .username("user_" + Long.toString(id, 36))
        .photo(UserProfilePhoto.builder().photoId(r.nextLong())
            .strippedThumb(bytes(r, 100 + r.nextInt(700))).dcId(2).build())
        .status(status(r));
    if (!last.isEmpty()) {
      u.lastName(last);
    }
    return u.contact(r.nextInt(3) == 0).premium(r.nextInt(5) == 0).build();
  }

  private static TypeUserStatus status(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> new UserStatusOnline(1_750_000_300);
      case 1 -> new UserStatusOffline(1_749_990_000 + r.nextInt(10_000));
      default -> new UserStatusRecently(false);
    };
  }

  private Channel channel(long id) {
    SplittableRandom r = new SplittableRandom(id);
    return Channel.builder()
        .id(id)
        .accessHash(r.nextLong())
        .title(text(r, 5 + r.nextInt(40)))
        .username("channel_" + Long.toString(id, 36))
        .photo(ChatPhoto.builder().photoId(r.nextLong()).strippedThumb(bytes(r, 100 + r.nextInt(700)))
            .dcId(2).build())
        .date(1_600_000_000 + r.nextInt(100_000_000))
        .participantsCount(r.nextInt(1_000_000))
        .megagroup(true)
        .build();
  }

  private String text(int chars) {
    return text(random, chars);
  }

  /** About {@code chars} UTF-16 chars of words from mixed scripts, cut to exactly that many. */
  private static String text(SplittableRandom r, int chars) {
    StringBuilder s = new StringBuilder(chars + 16);
    while (s.length() < chars) {
      int pick = r.nextInt(100);
      int script = 0;
      while (pick >= SCRIPT_WEIGHTS[script]) {
        pick -= SCRIPT_WEIGHTS[script];
        script++;
      }
      String[] words = WORDS[script];
      s.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
    }
    s.setLength(chars);
    if (Character.isHighSurrogate(s.charAt(chars - 1))) {
      s.setCharAt(chars - 1, '.'); // no lone surrogate where the cut fell inside an emoji
    }
    return s.toString();
  }

  private TlBytes bytes(int n) {
    return bytes(random, n);
  }

  private static TlBytes bytes(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return TlBytes.of(b);
  }
}
