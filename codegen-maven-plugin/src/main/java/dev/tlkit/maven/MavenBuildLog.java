package dev.tlkit.maven;

import org.apache.maven.plugin.logging.Log;

/** {@link BuildLog} on Maven's log; every line starts with {@code [tl]} so it is easy to find. */
final class MavenBuildLog implements BuildLog {
  private final Log log;

  MavenBuildLog(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info("[tl] " + message);
  }

  @Override
  public void warn(String message) {
    log.warn("[tl] " + message);
  }
}
