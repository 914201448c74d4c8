// The README's example (pom.xml and Main.java here, held equal to the README's blocks by
// UserGuideTest) printed what the README shows under `mvn -q compile exec:java`.
def readme = new File(basedir, '../../../../README.md').text
def shown = (readme =~ /(?s)\$ mvn -q compile exec:java\n(.*?)\n```/)
assert shown.find() : 'the README shows no output of mvn -q compile exec:java'
def expected = shown.group(1).readLines()
def log = new File(basedir, 'build.log').readLines()
def start = log.indexOf(expected[0])
assert start >= 0 : "the example did not print ${expected[0]}"
assert log.subList(start, start + expected.size()) == expected

// generated-api brings tl-runtime and jspecify, and nothing else (docs/generated-api.md says so).
def deps = new File(basedir, 'target/dependencies.txt').readLines()
    .collect { it.trim() }.findAll { it ==~ /[\w.-]+:[\w.-]+:jar:.*/ }
    .collect { it.split(':')[0..1].join(':') }.sort()
assert deps == ['dev.tlkit:generated-api', 'dev.tlkit:tl-runtime', 'org.jspecify:jspecify'] : deps
return true
