package org.dfaas.sampler.dashboard;

import java.util.Optional;
import java.util.OptionalLong;
import org.dfaas.sampler.campaign.HostName;
import org.dfaas.sampler.results.CampaignStatus;
import org.dfaas.sampler.results.LockOwner;

/**
 * Whether a folder's campaign runs, from its lock file read (never taken) and how its latest
 * session ended: a lock holding an owner is a running campaign unless that owner is a process of
 * this host that is gone (it died: stopped); a released lock is a session that ended, finished or
 * stopped as its status file or log says.
 *
 * @param name {@code waiting} (no campaign yet), {@code running}, {@code stopped} or {@code
 *     finished}
 * @param why what the state rests on, for a person
 */
record CampaignState(String name, String why) {

  static final String WAITING = "waiting";
  static final String RUNNING = "running";
  static final String STOPPED = "stopped";
  static final String FINISHED = "finished";

  static CampaignState of(
      boolean hasCampaign,
      Optional<LockOwner> lock,
      Optional<CampaignStatus> status,
      String loggedEnd) {
    if (!hasCampaign && lock.map(LockOwner::released).orElse(true)) {
      return new CampaignState(WAITING, "the folder holds no campaign yet");
    }
    if (lock.isPresent() && !lock.get().released()) {
      LockOwner owner = lock.get();
      OptionalLong pid = owner.pid();
      boolean here = owner.host().map(HostName.get()::equals).orElse(false);
      if (here && pid.isPresent() && !alive(pid.getAsLong())) {
        return new CampaignState(
            STOPPED, "its process is gone without releasing the folder (" + owner.text() + ")");
      }
      return new CampaignState(RUNNING, "the folder is locked by " + owner.text());
    }
    String ended = status.map(CampaignStatus::ended).filter(e -> !e.isEmpty()).orElse(loggedEnd);
    if (ended.startsWith(FINISHED)) {
      return new CampaignState(FINISHED, "its latest session finished the plan");
    }
    return new CampaignState(
        STOPPED, ended.isEmpty() ? "no campaign holds the folder" : "its latest session " + ended);
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
