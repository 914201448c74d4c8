// The first build generated the test sources and ran a test on them; the second, with
// -Dmaven.test.skip=true, said why it generated nothing, and left no test sources behind.
def log = new File(basedir, 'build.log').text
assert log.readLines().findAll { it.contains('[tl] generated ') }.size() == 1 : 'one generation'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0') : 'the test on the generated classes ran'
assert log.contains('[INFO] [tl] skipped (maven.test.skip: the tests are not compiled)')
assert !new File(basedir, 'target/generated-test-sources/tl').exists()
assert new File(basedir, 'target/test-schema-1.0.jar').isFile()
return true
