// The failed build names each error as file:line:col with the line and a caret, and leaves no
// generated source that would compile against the broken schema, nor a state claiming otherwise.
def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'src/main/tl/schema.tl').canonicalPath

assert log.contains('[tl] generated 11 files (11 written, 0 unchanged, 0 deleted)') : 'the first build generated'
// As Maven prints the failure: each line of the message gets an [ERROR] prefix.
assert log.contains("on project syntax-error: 2 schema errors:\n[ERROR] ${schema}:8:27: error: expected a type") : 'first error'
assert log.contains('[ERROR] geoPoint lat:double long: = GeoPoint;\n[ERROR]                           ^') : 'its line and a caret'
assert log.contains("\n[ERROR] ${schema}:12:25: error: expected ';'") : 'second error'
assert log.contains("[WARNING] [tl] deleted the 11 files generated from the previous schema")
assert log.contains('BUILD FAILURE')

def generated = new File(basedir, 'target/generated-sources/tl')
def leftOver = []
if (generated.exists()) {
    generated.eachFileRecurse { if (it.isFile()) leftOver << it }
}
assert leftOver.isEmpty() : "stale generated files: $leftOver"
assert !new File(basedir, 'target/tl-state/default.state').exists()
return true
