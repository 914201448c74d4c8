package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every constructor of a type has is read through the type, without a switch. */
class TypeAccessorsTest {
  @Test
  void everyUserHasAnId() {
    List<TypeUser> users = List.of(new UserEmpty(1),
        User.builder().id(2).build());
    assertEquals(List.of(1L, 2L), users.stream().map(TypeUser::id).toList());
  }

  @Test
  void everyMessageHasAnIdAndAPeer() {
    TypePeer peer = new PeerUser(5);
    TypeMessage message = Message.builder().id(42).peerId(peer).date(1700000000).message("hi").build();
    TypeMessage service = MessageService.builder().id(43).peerId(peer).date(1700000000)
        .action(new MessageActionEmpty()).build();
    assertEquals(42, message.id());
    assertEquals(43, service.id());
    assertEquals(peer, service.peerId());
  }

  @Test
  void everyChatHasAnId() {
    TypeChat chat = new ChatEmpty(7);
    assertEquals(7L, chat.id());
  }
}
