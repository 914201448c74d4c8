// Both schemas generated and compiled (else the build failed); td_api's //@ docs reached the Javadoc.
def ton = new File(basedir, 'target/generated-sources/tl/it/ton/lite')
def td = new File(basedir, 'target/generated-sources/tl/it/td')
assert new File(ton, 'LiteServerTransactionId.java').isFile()
assert new File(ton, 'Tl.java').isFile()
assert new File(td, 'Tl.java').isFile()
assert new File(td, 'Error.java').text.contains(
        'An object of this type can be returned on every function call, in case of an error')
assert new File(td, 'Error.java').text.contains('Error code; subject to future changes.')
assert new File(basedir, 'target/classes/it/td/Error.class').isFile()
assert new File(basedir, 'target/classes/it/ton/lite/Tl.class').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /\[tl\] generated \d+ files \(\d+ written, 0 unchanged, 0 deleted\) from 1 schema file: 67 constructors, 34 functions, 54 types/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
