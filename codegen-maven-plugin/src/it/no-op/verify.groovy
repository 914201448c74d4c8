// The second build found nothing to do: one "up to date" line, no file rewritten, nothing recompiled.
def log = new File(basedir, 'build.log').text
def generatedLines = log.readLines().findAll { it.contains('[tl] generated ') }
def upToDateLines = log.readLines().findAll { it.contains('[tl] up to date') }
assert generatedLines.size() == 1 : "expected one generation, got: $generatedLines"
assert upToDateLines == ['[INFO] [tl] up to date: 1 schema file, nothing to generate'] : upToDateLines
assert log.contains('Nothing to compile - all classes are up to date')

Map<String, String> read(String name) {
    def file = new File(basedir, "target/snapshots/${name}.txt")
    assert file.isFile() : "no snapshot $file"
    file.readLines().collectEntries { line -> def (path, time, hash) = line.split(' '); [(path): "$time $hash"] }
}
def first = read('first')
def second = read('second')
assert first.size() > 5
assert first == second : "files changed between two builds without a change: ${(first - second).keySet()}"
return true
