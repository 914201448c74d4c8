package com.example

import dev.tlkit.telegram.Message
import dev.tlkit.telegram.MessageMediaDice
import dev.tlkit.telegram.PeerUser
import dev.tlkit.telegram.TypeMessageMedia

// Compiled with warnings as errors: a safe call on a type Kotlin took for non-null would warn.
fun describe(message: Message): String {
    val id: Int = message.id()
    val text: String = message.message()
    val media: TypeMessageMedia? = message.media()
    return "message $id \"$text\": " + (media?.javaClass?.simpleName ?: "no media")
}

fun main() {
    val plain = Message.builder().id(42).peerId(PeerUser(7L))
        .date(1700000000).message("hi").build()
    println(describe(plain))
    val dice = plain.toBuilder().media(MessageMediaDice.builder().value(6).emoticon("\uD83C\uDFB2").build()).build()
    println(describe(dice))
}
