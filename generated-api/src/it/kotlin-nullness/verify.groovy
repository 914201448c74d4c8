// Four builds of this project (invoker.properties), one after the other in build.log.
def builds = []
def current = []
new File(basedir, 'build.log').eachLine { line ->
    current << line
    if (line ==~ /\[INFO\] BUILD (SUCCESS|FAILURE)/) {
        builds << current
        current = []
    }
}
assert builds.collect { b -> b.find { it.contains('BUILD ') } } ==
    ['[INFO] BUILD SUCCESS', '[INFO] BUILD FAILURE', '[INFO] BUILD FAILURE', '[INFO] BUILD SUCCESS']
def kotlin = { b -> b.find { it.contains('--- kotlin-maven-plugin:') } }
def misread = { b, severity -> b.findAll { it.startsWith("[$severity]") && it.contains('Misread.kt: (7, 51)') } }

// 1. Kotlin 2.1, warnings as errors: media() read as TypeMessageMedia? compiles, and runs.
assert kotlin(builds[0]).contains('kotlin-maven-plugin:2.1.0:compile')
assert builds[0].contains('message 42 "hi": no media')
assert builds[0].contains('message 42 "hi": MessageMediaDice')

// 2. Kotlin 2.1 by default: media() read as non-null is an error, because it is nullable.
assert kotlin(builds[1]).contains('kotlin-maven-plugin:2.1.0:compile')
assert misread(builds[1], 'ERROR').any { it.contains("actual '@Nullable() dev.tlkit.telegram.TypeMessageMedia?'") } : builds[1]

// 3. Kotlin 2.0 with -Xjspecify-annotations=strict: the same error.
assert kotlin(builds[2]).contains('kotlin-maven-plugin:2.0.21:compile')
assert misread(builds[2], 'ERROR').any { it.contains("actual '@Nullable() dev.tlkit.telegram.TypeMessageMedia?'") } : builds[2]

// 4. Kotlin 2.0 without the flag: only a warning; the misreading compiles.
assert kotlin(builds[3]).contains('kotlin-maven-plugin:2.0.21:compile')
assert misread(builds[3], 'ERROR').isEmpty()
assert misread(builds[3], 'WARNING').any { it.contains('Java type mismatch') } : builds[3]
return true
