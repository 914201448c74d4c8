// The five runs of invoker.properties, each checked in its own part of the log: the text report
// in the log, the Markdown report in its file, failOnBreaking failing the build after the report
// says what breaks, and two wrong settings failing with the setting's name.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^(?=\[INFO\] Scanning for projects\.\.\.$)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 5 : "expected five builds, got ${runs.size()}"
def (text, markdown, failOnBreaking, badFormat, missingPrevious) = runs
def failure = '[ERROR] Failed to execute goal dev.tlkit:codegen-maven-plugin:'

// 1. Text to the log. The counts show both previous files were loaded, chats.tl (with its pinned
// id) under allowedIdMismatches; breaking changes do not fail the build by default.
def summary = '[INFO] [tl] layer 1 -> 2: 1 added, 1 removed, 2 changed; types: 0 added, 0 removed, 1 changed (2 breaking, 4 wire-incompatible)'
assert text.contains(summary + '\n')
assert text.contains('\n[INFO] [tl] + peerChannel (constructor)  peerChannel#a2a5371e channel_id:long = Peer\n')
assert text.contains('\n[INFO] [tl] - peerChat (constructor)  peerChat#36c6019a chat_id:long = Peer  [breaking, wire-incompatible]\n')
assert text.contains('\n[INFO] [tl] ~ user (constructor)  id 67c83f1d -> 2cab2302  [wire-incompatible]\n'
    + '[INFO] [tl]     + username:flags.0?string  source: compatible (optional field; builders and accessors unchanged)')
assert text.contains('\n[INFO] [tl] ~ chatForbidden (constructor)  id 07328bdb -> 6592a1a7  [wire-incompatible]\n')
assert text.contains('\n[INFO] [tl] ~ Peer (type)  2 -> 2 constructors  [breaking, wire-incompatible]\n')
assert text.contains('BUILD SUCCESS')

// 2. Markdown to a file; the log has one line saying where, not the report.
def md = new File(basedir, 'target/schema-diff.md')
assert markdown.contains("[INFO] [tl] schema diff written to ${md}: ## Layer 1 -> 2\n")
assert !markdown.contains('peerChat')
assert markdown.contains('BUILD SUCCESS')
def report = md.text
assert report.startsWith('## Layer 1 -> 2\n\n1 added, 1 removed, 2 changed; types: 0 added, 0 removed, 1 changed. 2 breaking, 4 wire-incompatible.\n')
def added = report.indexOf('### Added')
def removed = report.indexOf('### Removed')
def changed = report.indexOf('### Changed')
assert 0 < added && added < removed && removed < changed : report
assert report.indexOf('\n- constructor `peerChannel#a2a5371e channel_id:long = Peer`\n') in added..removed
assert report.indexOf('\n- **breaking** constructor `peerChat`: source breaking (its class PeerChat is gone)') in removed..changed
assert report.indexOf('\n- constructor `user`, id `67c83f1d` -> `2cab2302`\n  - added `username:flags.0?string`: source compatible') > changed
assert report.indexOf('\n- **breaking** type `Peer`, 2 -> 2 constructors, added `peerChannel`, removed `peerChat`') > changed

// 3. The same comparison with failOnBreaking: the report names what breaks, then the build fails.
assert failOnBreaking.contains(summary + '\n')
assert failOnBreaking.contains('\n[INFO] [tl] - peerChat (constructor)  peerChat#36c6019a chat_id:long = Peer  [breaking, wire-incompatible]\n'
    + '[INFO] [tl]     source: breaking (its class PeerChat is gone)')
assert failOnBreaking.contains('\n[INFO] [tl] ~ Peer (type)  2 -> 2 constructors  [breaking, wire-incompatible]\n')
assert failOnBreaking.contains('[INFO] [tl]     source: breaking (peerChat no longer implements its sealed interface TypePeer)')
assert failOnBreaking.contains(failure) && failOnBreaking.contains(
    ':diff (default-cli) on project diff: [tl] the schema update has 2 breaking change(s) (failOnBreaking): peerChat, Peer (type)')
assert failOnBreaking.contains('BUILD FAILURE')

// 4 and 5. A wrong setting fails before any schema is read, naming the setting.
assert badFormat.contains("on project diff: format: 'html' is not one of text, markdown, json")
def missing = new File(basedir, 'schemas/previous/missing.tl')
assert missingPrevious.contains("on project diff: previousSchemaFiles: ${missing} is not a file")
[badFormat, missingPrevious].each {
    assert it.contains(failure) && it.contains('BUILD FAILURE')
    assert !it.contains('[INFO] [tl] ')
}
return true
