package org.medtwin.fusion.export;

/** Told how far an export is, so a command line can draw a progress bar. */
@FunctionalInterface
public interface ExportProgress {

  /** Reports nothing. */
  ExportProgress NONE = (done, total, detail) -> {};

  /**
   * Called now and then while records are exported.
   *
   * @param done source records handled so far
   * @param total source records to handle
   * @param detail what is being exported now
   */
  void update(long done, long total, String detail);
}
