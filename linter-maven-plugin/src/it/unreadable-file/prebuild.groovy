import java.nio.file.Files
import java.nio.file.Paths

// A report moved away leaves a link to nowhere: it is listed, but cannot be read. Made here because neither git nor
// the invoker's copy keeps a dangling link.
Files.createSymbolicLink(basedir.toPath().resolve('src/reports/moved-report.html'),
        Paths.get('../archive/moved-report.html'))
true
