package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RegularFiles}: only regular files and folders, never a link or special file. */
class RegularFilesTest {

  @TempDir Path dir;

  @Test
  void readsARegularFile() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "hello");

    assertThat(RegularFiles.readString(file, "test file", 100)).isEqualTo("hello");
    assertThat(RegularFiles.checkFile(dir.resolve("missing"), "test file")).isFalse();
    assertThatThrownBy(() -> RegularFiles.openRead(dir.resolve("missing"), "test file"))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void refusesASymbolicLinkToARegularFileNamingIt() throws Exception {
    Path target = Files.writeString(dir.resolve("target.txt"), "secret");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);

    assertThatThrownBy(() -> RegularFiles.readString(link, "results file", 100))
        .isInstanceOfSatisfying(
            SamplerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageContaining("results file " + link + " is a symbolic link")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(
            () ->
                RegularFiles.openWrite(
                    link,
                    "report",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE))
        .isInstanceOf(SamplerException.class);
    assertThat(target).hasContent("secret");
  }

  @Test
  void refusesAFifoWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("index.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> RegularFiles.openRead(fifo, "index file"))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("special file (FIFO, device or socket)");
  }

  @Test
  void refusesADeviceAndALinkToOne() throws Exception {
    Path zero = Files.createSymbolicLink(dir.resolve("summary.json"), Path.of("/dev/zero"));

    assertThatThrownBy(() -> RegularFiles.readCapped(Path.of("/dev/zero"), "summary", 10))
        .hasMessageContaining("special file");
    assertThatThrownBy(() -> RegularFiles.readCapped(zero, "summary", 10))
        .hasMessageContaining("symbolic link");
  }

  @Test
  void capsTheBytesActuallyRead() throws Exception {
    Path file = Files.write(dir.resolve("big"), new byte[101]);

    assertThatThrownBy(() -> RegularFiles.readCapped(file, "summary", 100))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("larger than 100 bytes");
    assertThat(RegularFiles.readCapped(file, "summary", 101)).hasSize(101);
  }

  @Test
  void refusesAFolderThatIsALink() throws Exception {
    Path real = Files.createDirectories(dir.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(dir.resolve("summaries"), real);

    assertThat(RegularFiles.checkFolder(real, "summaries folder")).isTrue();
    assertThatThrownBy(() -> RegularFiles.checkFolder(link, "summaries folder"))
        .hasMessageContaining("summaries folder " + link + " is a symbolic link, not a folder");
  }
}
