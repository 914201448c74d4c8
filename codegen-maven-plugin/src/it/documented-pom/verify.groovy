// This project's pom is the one docs/maven-plugin.md shows under "A complete pom", byte for byte.
def guide = new File(basedir, '../../../../docs/maven-plugin.md').text
def shown = (guide =~ /(?s)## A complete pom\n\n```xml\n(.*?\n)```\n/)
assert shown.find() : 'docs/maven-plugin.md shows no complete pom'
assert new File(basedir, '../../../src/it/documented-pom/pom.xml').text == shown.group(1) :
    'src/it/documented-pom/pom.xml is not the pom docs/maven-plugin.md shows'

// `mvn tl:generate` found packageName (the configuration is the plugin's, not the execution's)
// and generated; `mvn compile` ran the goal again and compiled the classes. The two are
// executions of their own (default-cli, default), each with its own state, so the second
// generates again and finds every file unchanged.
def log = new File(basedir, 'build.log').readLines()
def runs = log.findAll { it.contains('[tl] ') }
assert runs.size() == 2 : runs
assert runs[0] =~ /\[tl\] generated 13 files \(13 written, 0 unchanged, 0 deleted\)/
assert runs[1] =~ /\[tl\] generated 13 files \(0 written, 13 unchanged, 0 deleted\)/
assert !log.any { it.contains('packageName') }
assert new File(basedir, 'target/generated-sources/tl/com/example/telegram/User.java').isFile()
assert new File(basedir, 'target/classes/com/example/telegram/User.class').isFile()
assert new File(basedir, 'target/classes/com/example/telegram/Tl.class').isFile()
return true
