// Read limits for inputs whose parsers keep a node per token: Gradle scripts (Groovy and Kotlin
// DSL) and the HarmonyOS JSON5 configuration. In the worst shapes (a run of `a: }${`, of `[`)
// they cost up to about 300 bytes of memory per byte of input, so the general 4 MiB read limit
// allowed 600–900 MB for one file (found by the nightly fuzz run under a 300 MB heap cap). Real
// files are under 20 KB; above this limit a file is a located `repo/file-too-large` note.
export const MAX_SCRIPT_BYTES = 512 * 1024;
