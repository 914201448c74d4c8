// The failed build names each error as file:line:col with the line and a caret, and leaves the
// output of the last good schema as it was: the sources, the state that lists them, their classes.
def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'src/main/tl/schema.tl').canonicalPath

assert log.contains('[tl] generated 13 files (13 written, 0 unchanged, 0 deleted)') : 'the first build generated'
// As Maven prints the failure: each line of the message gets an [ERROR] prefix.
assert log.contains("on project syntax-error: 2 schema errors:\n[ERROR] ${schema}:8:27: error: expected a type") : 'first error'
assert log.contains('[ERROR] geoPoint lat:double long: = GeoPoint;\n[ERROR]                           ^') : 'its line and a caret'
assert log.contains("\n[ERROR] ${schema}:12:25: error: expected ';'") : 'second error'
assert !log.contains('[tl] deleted') : 'a failed generation deletes nothing'
assert log.contains('BUILD FAILURE')

def generated = new File(basedir, 'target/generated-sources/tl')
def files = []
generated.eachFileRecurse { if (it.isFile()) files << it }
assert files.size() == 13 : "the last good output: $files"
def state = new File(basedir, 'target/tl-state/default.state')
assert state.isFile()
def listed = state.readLines().findAll { it.startsWith('file=') }
assert listed.size() == 13 : listed
assert new File(basedir, 'target/classes/it/broken/Tl.class').isFile()
return true
