// Executions sharing an output directory never delete each other's files; each keeps its own state.
def out = new File(basedir, 'target/generated-sources/tl')
def gamma = new File(basedir, 'target/generated-sources/tl-gamma')
def log = new File(basedir, 'build.log').text.readLines()

def tl = log.findAll { it.contains('[tl] ') }
assert tl.size() == 6 : tl
assert tl[0..2].every { it.contains('[tl] generated ') } : 'first build: alpha, beta, gamma generate'
assert tl[3] == '[INFO] [tl] up to date: 1 schema file, nothing to generate' : 'alpha'
assert tl[4] =~ /\[tl\] generated 7 files \(\d+ written, \d+ unchanged, 1 deleted\) from 1 schema file, layer 2:/ : 'beta: ' + tl[4]
assert tl[5] == '[INFO] [tl] up to date: 1 schema file, nothing to generate' : 'gamma'

['Note.java', 'NotesGet.java', 'Tl.java'].each { assert new File(out, "it/alpha/$it").isFile() : it }
['Note.java', 'NotesGet.java', 'Tl.java'].each { assert new File(gamma, "it/gamma/$it").isFile() : it }
assert new File(out, 'it/beta/ShapeHexagon.java').isFile()
assert !new File(out, 'it/beta/ShapeTriangle.java').exists()
assert !new File(out, 'it/gamma').exists() : 'gamma writes to its own directory'
['alpha', 'beta', 'gamma'].each { assert new File(basedir, "target/tl-state/${it}.state").isFile() }
assert new File(basedir, 'target/classes/it/gamma/Note.class').isFile() : 'both output directories are source roots'
assert new File(basedir, 'target/classes/it/beta/ShapeHexagon.class').isFile()
return true
