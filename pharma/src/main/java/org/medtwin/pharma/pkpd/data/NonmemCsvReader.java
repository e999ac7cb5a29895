package org.medtwin.pharma.pkpd.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a NONMEM-style dataset (comma- or whitespace-separated, one header line) into subjects:
 * ID, TIME, AMT, DV, EVID, MDV, CMT, RATE, SS, II and, when present, ADDL, BLQ or CENS, LLOQ; every
 * other numeric column is a covariate, found by its header.
 *
 * <p>Only ID and TIME are required. A record that cannot be used is reported as a {@link
 * DataIssue} naming the file, line and column, and the rest of the file still goes through. Lines
 * starting with '#' are comments (a header may start with '#'). Unsupported NONMEM features
 * (EVID 3/4 resets, modelled RATE -1/-2, negative CMT) are reported per record, not guessed.
 */
public final class NonmemCsvReader {

  /** Longest line read; a longer one is reported and skipped rather than held in memory. */
  static final int MAX_LINE = 1 << 20;

  /** Largest ADDL accepted: more would be a typo or hostile input, not a regimen. */
  static final int MAX_ADDL = 100_000;

  private static final Set<String> ITEMS =
      Set.of("ID", "TIME", "AMT", "DV", "EVID", "MDV", "CMT", "RATE", "SS", "II", "ADDL", "BLQ",
          "CENS", "LLOQ");

  // Text columns NONMEM users keep beside the data; never covariates.
  private static final Set<String> TEXT_COLUMNS =
      Set.of("C", "DATE", "DAT1", "DAT2", "DAT3", "CLOCK");

  private final DoseRouting routing;

  /** A reader that routes doses by CMT as {@code routing} says. */
  public NonmemCsvReader(DoseRouting routing) {
    this.routing = routing;
  }

  /**
   * Reads a file.
   *
   * @throws DataFormatException when the file cannot be opened or has no usable header
   */
  public NonmemDataset read(Path file) throws DataFormatException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new DataFormatException(
          "Data file " + file + " does not exist or is not a file. Maybe the path is relative to"
              + " another folder?");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, name);
    } catch (IOException e) {
      throw new DataFormatException("Cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a dataset from a character stream named {@code source} in messages.
   *
   * @throws DataFormatException when the header is missing or lacks ID or TIME
   */
  public NonmemDataset read(Reader in, String source) throws DataFormatException {
    LineSource lines = new LineSource(in);
    List<DataIssue> issues = new ArrayList<>();
    Header header = null;
    Map<String, List<DataRecord>> bySubject = new LinkedHashMap<>();
    long dataLines = 0;
    try {
      String line;
      while ((line = lines.next()) != null) {
        long number = lines.number();
        if (lines.tooLong()) {
          issues.add(new DataIssue(source, number, "",
              "Line is longer than " + MAX_LINE + " characters and was skipped. Maybe this is not"
                  + " a text dataset?"));
          continue;
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (header == null) {
          header = Header.parse(trimmed, source, number);
          continue;
        }
        if (trimmed.startsWith("#")) {
          continue;
        }
        dataLines++;
        String[] fields = header.split(trimmed);
        DataRecord record = parse(fields, header, source, number, issues);
        if (record != null) {
          bySubject.computeIfAbsent(record.id(), k -> new ArrayList<>()).add(record);
        }
      }
    } catch (IOException e) {
      throw new DataFormatException("Cannot read " + source + ": " + e.getMessage(), e);
    }
    if (header == null) {
      throw new DataFormatException(
          source + " is empty: expected a header line such as ID,TIME,AMT,DV,EVID,MDV,CMT.");
    }
    List<SubjectData> subjects = new ArrayList<>();
    SubjectAssembler assembler = new SubjectAssembler(routing, source);
    for (Map.Entry<String, List<DataRecord>> entry : bySubject.entrySet()) {
      subjects.add(assembler.assemble(entry.getKey(), entry.getValue(), issues));
    }
    issues.sort((a, b) -> Long.compare(a.line(), b.line()));
    return new NonmemDataset(source, subjects, issues, dataLines, header.covariates());
  }

  private static DataRecord parse(
      String[] fields, Header header, String source, long line, List<DataIssue> issues) {
    if (fields.length != header.names.length) {
      issues.add(new DataIssue(source, line, "",
          "Record has " + fields.length + " fields but the header has " + header.names.length
              + ". Maybe a value contains the separator, or a field is missing?"));
      return null;
    }
    FieldReader f = new FieldReader(fields, header, source, line);
    try {
      String id = f.text("ID");
      if (id.isEmpty() || id.equals(".")) {
        throw f.error("ID", "Record has no subject ID.");
      }
      double time = f.number("TIME", Double.NaN);
      if (Double.isNaN(time)) {
        throw f.error("TIME", "Record has no TIME. Maybe clock times (hh:mm) were used?"
            + " Give hours since the first dose.");
      }
      double amt = f.number("AMT", 0);
      double dv = f.number("DV", Double.NaN);
      int evid = f.integer("EVID", -1);
      int mdv = f.integer("MDV", -1);
      if (evid == -1) {
        evid = amt > 0 ? 1 : (mdv == 1 ? 2 : 0);
      }
      if (evid == 3 || evid == 4) {
        throw f.error("EVID", "EVID " + evid + " (reset) is not supported. Maybe give each"
            + " occasion its own ID, or use SS=1 for a steady-state restart?");
      }
      if (evid < 0 || evid > 2) {
        throw f.error("EVID", "EVID " + evid + " is not 0 (observation), 1 (dose) or 2 (other).");
      }
      boolean blq = f.flag("BLQ") || f.flag("CENS");
      if (mdv == -1) {
        mdv = (evid != 0 || (Double.isNaN(dv) && !blq)) ? 1 : 0;
      }
      if (mdv != 0 && mdv != 1) {
        throw f.error("MDV", "MDV " + mdv + " is not 0 or 1.");
      }
      if (evid == 0 && mdv == 0 && Double.isNaN(dv) && !blq) {
        throw f.error("DV", "Observation has no DV. Maybe MDV should be 1?");
      }
      int cmt = f.integer("CMT", 0);
      if (cmt < 0) {
        throw f.error("CMT", "CMT " + cmt + " (turning a compartment off) is not supported.");
      }
      double rate = f.number("RATE", 0);
      if (rate < 0) {
        throw f.error("RATE", "RATE " + rate + " (modelled rate or duration) is not supported."
            + " Maybe give RATE = AMT / infusion duration?");
      }
      int ss = f.integer("SS", 0);
      if (ss < 0 || ss > 2) {
        throw f.error("SS", "SS " + ss + " is not 0, 1 or 2. (SS=3 is not supported.)");
      }
      double ii = f.number("II", 0);
      int addl = f.integer("ADDL", 0);
      if (addl < 0 || addl > MAX_ADDL) {
        throw f.error("ADDL", "ADDL " + addl + " is outside 0.." + MAX_ADDL + ".");
      }
      if (evid == 1) {
        checkDose(f, amt, ss, ii, addl);
      }
      double lloq = f.number("LLOQ", Double.NaN);
      if (!Double.isNaN(lloq) && !(lloq > 0)) {
        throw f.error("LLOQ", "LLOQ " + lloq + " must be > 0.");
      }
      if (blq && evid == 0 && Double.isNaN(lloq)) {
        if (!(dv > 0)) {
          throw f.error("LLOQ", "Sample is flagged below the limit of quantification but there"
              + " is no LLOQ column and DV is not the limit. Maybe add an LLOQ column?");
        }
        lloq = dv;
      }
      Map<String, Double> covariates = new LinkedHashMap<>();
      for (String name : header.covariates()) {
        covariates.put(name, f.number(name, Double.NaN));
      }
      return new DataRecord(line, id, time, evid, amt, dv, mdv, cmt, rate, ss, ii, addl,
          blq && evid == 0, lloq, covariates);
    } catch (FieldException e) {
      issues.add(e.issue);
      return null;
    }
  }

  private static void checkDose(FieldReader f, double amt, int ss, double ii, int addl)
      throws FieldException {
    if (!(amt > 0)) {
      throw f.error("AMT", "Dose record has AMT " + amt + "; expected > 0. Maybe EVID should"
          + " be 2 (other event)?");
    }
    if ((ss > 0 || addl > 0) && !(ii > 0)) {
      throw f.error("II", "Dose with SS " + ss + " and ADDL " + addl + " needs II > 0, got " + ii
          + ".");
    }
  }

  /** Column positions and covariate names from the header line. */
  static final class Header {
    final String[] names;
    final Map<String, Integer> index = new LinkedHashMap<>();
    final boolean whitespace;

    private Header(String[] names, boolean whitespace) {
      this.names = names;
      this.whitespace = whitespace;
    }

    static Header parse(String line, String source, long number) throws DataFormatException {
      String text = line.startsWith("#") ? line.substring(1).strip() : line;
      boolean whitespace = !text.contains(",");
      String[] raw = whitespace ? text.split("\\s+") : text.split(",", -1);
      String[] names = new String[raw.length];
      Header header = new Header(names, whitespace);
      for (int i = 0; i < raw.length; i++) {
        names[i] = unquote(raw[i].strip()).toUpperCase(Locale.ROOT);
        if (names[i].isEmpty()) {
          throw new DataFormatException(source + " line " + number + ": column " + (i + 1)
              + " of the header has no name.");
        }
        if (header.index.put(names[i], i) != null) {
          throw new DataFormatException(source + " line " + number + ": column " + names[i]
              + " appears twice in the header.");
        }
      }
      for (String required : new String[] {"ID", "TIME"}) {
        if (!header.index.containsKey(required)) {
          throw new DataFormatException(source + " line " + number + ": the header has no "
              + required + " column (found " + String.join(",", names) + "). Maybe the file has"
              + " no header line, or it is not a NONMEM-style dataset?");
        }
      }
      if (!header.index.containsKey("AMT") && !header.index.containsKey("DV")) {
        throw new DataFormatException(source + " line " + number
            + ": the header has neither AMT nor DV, so there are no doses or observations.");
      }
      return header;
    }

    String[] split(String line) {
      String[] raw = whitespace ? line.split("\\s+") : line.split(",", -1);
      for (int i = 0; i < raw.length; i++) {
        raw[i] = unquote(raw[i].strip());
      }
      return raw;
    }

    List<String> covariates() {
      List<String> list = new ArrayList<>();
      for (String name : names) {
        if (!ITEMS.contains(name) && !TEXT_COLUMNS.contains(name)) {
          list.add(name);
        }
      }
      return list;
    }

    private static String unquote(String s) {
      return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
          ? s.substring(1, s.length() - 1)
          : s;
    }
  }
}
