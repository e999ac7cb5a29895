package org.medtwin.governance.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.CarePlan;
import org.medtwin.core.record.ClinicalNote;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Condition;
import org.medtwin.core.record.Device;
import org.medtwin.core.record.Encounter;
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.MedicationAdministration;
import org.medtwin.core.record.MedicationRequest;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.Procedure;
import org.medtwin.governance.datafile.DataFile;
import org.medtwin.governance.datafile.DataFileException;

/**
 * The sections a patient can withhold (mental health, sexual health, substance use), each a list
 * of codes from {@code sensitive-sections.csv}; tells which sections a record falls in.
 */
public final class SensitiveSections {

  /** The code lists MedTwin ships. */
  public static final String DEFAULT_FILE = "sensitive-sections.csv";

  private static final List<String> COLUMNS =
      List.of("section", "system", "match", "code", "display", "source");

  private final List<CodeRule> rules;

  private SensitiveSections(List<CodeRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The shipped code lists.
   *
   * @throws DataFileException when the shipped file is malformed
   */
  public static SensitiveSections standard() {
    return from(DataFile.load(SensitiveSections.class, DEFAULT_FILE, COLUMNS));
  }

  /**
   * Code lists from a file's text.
   *
   * @throws DataFileException naming the line at fault
   */
  public static SensitiveSections parse(String name, String text) {
    return from(DataFile.parse(name, text, COLUMNS));
  }

  private static SensitiveSections from(DataFile file) {
    List<CodeRule> rules = new ArrayList<>();
    for (DataFile.Row row : file.rows()) {
      rules.add(CodeRule.of(row));
    }
    if (rules.isEmpty()) {
      throw new DataFileException(file.name() + " lists no codes.");
    }
    return new SensitiveSections(rules);
  }

  /** The section names the file defines. */
  public SortedSet<String> names() {
    SortedSet<String> names = new TreeSet<>();
    rules.forEach(rule -> names.add(rule.section()));
    return names;
  }

  /** The sections a coding falls in; empty for most codes. */
  public SortedSet<String> sectionsOf(Coding coding) {
    SortedSet<String> sections = new TreeSet<>();
    if (coding != null) {
      for (CodeRule rule : rules) {
        if (rule.matches(coding)) {
          sections.add(rule.section());
        }
      }
    }
    return sections;
  }

  /** The sections a record falls in, by every coding it carries (code, reason, value). */
  public SortedSet<String> sectionsOf(ClinicalRecord record) {
    SortedSet<String> sections = new TreeSet<>();
    for (Coding coding : codingsOf(record)) {
      sections.addAll(sectionsOf(coding));
    }
    return sections;
  }

  /** Whether the record falls in any of these sections. */
  public boolean inAny(ClinicalRecord record, Set<String> withheld) {
    if (withheld.isEmpty()) {
      return false;
    }
    for (String section : sectionsOf(record)) {
      if (withheld.contains(section)) {
        return true;
      }
    }
    return false;
  }

  /** The records that stay once the decision's withheld sections are left out. */
  public List<ClinicalRecord> visible(List<? extends ClinicalRecord> records, Decision decision) {
    List<ClinicalRecord> kept = new ArrayList<>();
    for (ClinicalRecord record : records) {
      if (!inAny(record, decision.withheldSections())) {
        kept.add(record);
      }
    }
    return kept;
  }

  private static List<Coding> codingsOf(ClinicalRecord record) {
    List<Coding> codings = new ArrayList<>();
    if (record instanceof Condition c) {
      codings.add(c.code());
    } else if (record instanceof Observation o) {
      codings.add(o.code());
      codings.add(o.sourceCode());
      if (o.value() instanceof org.medtwin.core.record.ObservationValue.Coded coded) {
        codings.add(coded.coding());
      }
    } else if (record instanceof Encounter e) {
      codings.add(e.type());
      codings.add(e.reason());
    } else if (record instanceof MedicationRequest m) {
      codings.add(m.medication());
      codings.add(m.reason());
    } else if (record instanceof MedicationAdministration m) {
      codings.add(m.medication());
    } else if (record instanceof Procedure p) {
      codings.add(p.code());
      codings.add(p.reason());
    } else if (record instanceof CarePlan c) {
      codings.add(c.category());
      codings.add(c.reason());
      codings.addAll(c.activities());
    } else if (record instanceof ClinicalNote n) {
      codings.add(n.type());
    } else if (record instanceof AllergyIntolerance a) {
      codings.add(a.code());
    } else if (record instanceof Immunization i) {
      codings.add(i.vaccine());
    } else if (record instanceof ImagingStudy i) {
      codings.add(i.procedure());
    } else if (record instanceof Device d) {
      codings.add(d.type());
    }
    codings.removeIf(java.util.Objects::isNull);
    return codings;
  }
}
