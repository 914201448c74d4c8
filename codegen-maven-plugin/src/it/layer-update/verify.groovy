// After a schema update: removed definitions' classes are gone, new ones are there, Tl.LAYER is the
// new layer, and a class whose generated text did not change kept its file (and its timestamp).
def pkg = new File(basedir, 'target/generated-sources/tl/it/telegram')
def log = new File(basedir, 'build.log').text

def summaries = log.readLines().findAll { it.contains('[tl] generated ') }
assert summaries.size() == 2 : summaries
assert summaries[0] =~ /generated \d+ files \(\d+ written, 0 unchanged, 0 deleted\) from 2 schema files, layer 198: /
def second = (summaries[1] =~ /generated (\d+) files \((\d+) written, (\d+) unchanged, (\d+) deleted\) from 2 schema files, layer 228: /)
assert second.find() : summaries[1]
assert (second.group(4) as int) > 0 : 'layer 228 removed definitions of layer 198'
assert (second.group(3) as int) > 0 : 'some files are the same in both layers'
// The official mtproto.tl loads with the default settings: no word about its pinned ids.
assert !log.contains('allow-id-mismatch') : 'an id of the official files was questioned'

// broadcastRevenueBalances is in layer 198 only, businessBotRights in layer 228 only.
assert !new File(pkg, 'BroadcastRevenueBalances.java').exists()
assert new File(pkg, 'BusinessBotRights.java').isFile()
assert new File(pkg, 'Tl.java').text.contains('public static final int LAYER = 228;')
assert new File(basedir, 'target/classes/it/telegram/BusinessBotRights.class').isFile()

Map<String, List<String>> read(String name) {
    def file = new File(basedir, "target/snapshots/${name}.txt")
    assert file.isFile() : "no snapshot $file"
    file.readLines().collectEntries { line -> def (path, time, hash) = line.split(' '); [(path): [time, hash]] }
}
def before = read('layer198')
def after = read('layer228')
assert before.containsKey('it/telegram/BroadcastRevenueBalances.java') && !after.containsKey('it/telegram/BroadcastRevenueBalances.java')
def kept = after.keySet().findAll { before[it] != null && before[it][1] == after[it][1] }
def rewritten = after.keySet().findAll { before[it] != null && before[it][1] != after[it][1] }
assert kept.contains('it/telegram/ResPQ.java') : 'mtproto.tl, and so resPQ, is the same in both layers'
kept.each { assert before[it][0] == after[it][0] : "$it did not change but was written again" }
rewritten.each { assert before[it][0] != after[it][0] : "$it changed but kept its timestamp" }
assert after.keySet() == pkg.listFiles().collect { 'it/telegram/' + it.name } as Set
return true
