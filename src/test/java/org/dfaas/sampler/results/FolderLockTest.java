package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.SamplerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One campaign per output folder: {@link ResultStore#open} takes the folder's lock. */
class FolderLockTest {

  private static final List<String> FUNCTIONS = List.of("figlet", "env");

  @TempDir Path folder;

  @Test
  void aSecondCampaignOnAFolderInUseIsRefusedNamingTheOwnerAndTouchesNothing() throws Exception {
    try (ResultStore first = ResultStore.open(folder, FUNCTIONS)) {
      assertThat(first.folder()).isEqualTo(folder);
      Path halfWritten = folder.resolve(".results.csv123.tmp");
      Files.writeString(halfWritten, "the first campaign is writing this");
      String results = Files.readString(folder.resolve(ArtifactNames.RESULTS_CSV));

      assertThatThrownBy(() -> ResultStore.open(folder, FUNCTIONS))
          .isInstanceOfSatisfying(
              SamplerException.class,
              e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(e.getMessage())
                    .contains("in use by another campaign")
                    .contains("pid " + ProcessHandle.current().pid() + " on host ");
              });
      assertThat(halfWritten).exists();
      assertThat(folder.resolve(ArtifactNames.RESULTS_CSV)).hasContent(results);
    }
  }

  @Test
  void theLockOfACampaignThatDiedIsTakenOverWithANotice() throws Exception {
    Files.writeString(
        folder.resolve(FolderLock.NAME), "pid 999999 on host gone since 2026-01-01T00:00:00Z");

    try (LogCapture log = new LogCapture(FolderLock.class);
        ResultStore store = ResultStore.open(folder, FUNCTIONS)) {
      assertThat(store.folder()).isEqualTo(folder);
      assertThat(log.lines())
          .containsExactly(
              "WARN "
                  + folder
                  + ": taking over the lock of a campaign that is no longer running (pid 999999"
                  + " on host gone since 2026-01-01T00:00:00Z)");
      assertThat(Files.readString(folder.resolve(FolderLock.NAME)))
          .startsWith("pid " + ProcessHandle.current().pid() + " on host ");
    }
  }

  @Test
  void aCleanlyClosedCampaignLeavesNothingToTakeOver() throws Exception {
    ResultStore.open(folder, FUNCTIONS).close();

    try (LogCapture log = new LogCapture(FolderLock.class);
        ResultStore again = ResultStore.open(folder, FUNCTIONS)) {
      assertThat(again.folder()).isEqualTo(folder);
      assertThat(log.lines()).isEmpty();
    }
  }
}
