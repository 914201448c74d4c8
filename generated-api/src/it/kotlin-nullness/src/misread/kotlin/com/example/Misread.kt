package com.example

import dev.tlkit.telegram.Message
import dev.tlkit.telegram.TypeMessageMedia

// media:flags.9?MessageMedia is optional: media() is null when it is absent, so this must not compile.
fun mediaOf(message: Message): TypeMessageMedia = message.media()
