// The build compiled the generated classes and ran RoundTripTest against them (else it failed).
def generated = new File(basedir, 'target/generated-sources/tl/it/basic')
['User.java', 'UserEmpty.java', 'TypeUser.java', 'GeoPoint.java', 'GeoPointEmpty.java', 'UsersGetUsers.java', 'Tl.java'].each {
    assert new File(generated, it).isFile() : "missing $it"
}
assert new File(basedir, 'target/classes/it/basic/User.class').isFile()
// The shape table is a resource (Tl.JSON reads it from the class path), and the only one: no
// source is copied among the classes.
assert new File(basedir, 'target/classes/it/basic/tl-shapes.txt').isFile()
assert !new File(basedir, 'target/classes/it/basic/User.java').exists()

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] \[tl\] generated \d+ files \(\d+ written, 0 unchanged, 0 deleted\) from 1 schema file, layer 5: /
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert new File(basedir, 'target/tl-state/default.state').isFile()
return true
