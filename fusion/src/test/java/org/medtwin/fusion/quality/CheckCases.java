package org.medtwin.fusion.quality;

import static org.medtwin.fusion.quality.CheckCase.afterRun;
import static org.medtwin.fusion.quality.CheckCase.of;
import static org.medtwin.fusion.quality.QualityFixture.A;
import static org.medtwin.fusion.quality.QualityFixture.B;
import static org.medtwin.fusion.quality.QualityFixture.date;
import static org.medtwin.fusion.quality.QualityFixture.ts;

import java.util.List;

/**
 * One failing case per check type. Each comment gives the hand count: the violating rows over the
 * denominator the instance sees at that source, against the bundled threshold (or the test
 * override in {@link CheckTypesIT}).
 */
final class CheckCases {

  private static final String GOLDEN = "golden";
  private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";

  private CheckCases() {}

  static List<CheckCase> all() {
    return List.of(
        // ---- conformance
        of("conformance.value_in_value_set@encounter.status", A, 1, "ea2",
            f -> f.execute("UPDATE encounter SET status = 'done' WHERE id = 'ea2'")),
        of("conformance.code_system_recognized@condition.code_system", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET code_system = 'http://example.org/icd9' WHERE id = 'ca2'")),
        of("conformance.loinc_code_format@observation.code", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET code = '23390' WHERE id = 'glu1'")),
        // 2339-0 is right (Luhn over 2339: 9*2=18->9, 3, 3*2=6, 2 -> 20 -> 0); 2339-1 is not.
        of("conformance.loinc_check_digit@observation.code", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET code = '2339-1' WHERE id = 'glu1'")),
        of("conformance.snomed_concept_id_format@condition.code", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET code = '0399068003' WHERE id = 'ca2'")),
        // Verhoeff detects every single-digit error: 399068004 differs from 399068003 in one digit.
        of("conformance.snomed_check_digit@condition.code", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET code = '399068004' WHERE id = 'ca2'")),
        of("conformance.icd10cm_code_format@condition.code", B, 1, "cb1",
            f -> f.execute("UPDATE condition SET code = 'O8' WHERE id = 'cb1'")),
        of("conformance.rxnorm_code_format@medication_request.medication_code", A, 1, "ma1",
            f -> f.execute("UPDATE medication_request SET medication_code = 'RX314076' WHERE id = 'ma1'")),
        of("conformance.cvx_code_format@immunization.vaccine_code", A, 1, "ia1",
            f -> f.execute("UPDATE immunization SET vaccine_code = '1400' WHERE id = 'ia1'")),
        of("conformance.ucum_unit_syntax@observation.unit", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET unit = 'mg / dL' WHERE id = 'glu1'")),
        of("conformance.loinc_unit_expected@observation.unit", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET unit = 'mmol/L' WHERE id = 'glu1'")),
        of("conformance.date_year_plausible@encounter.start_time", A, 1, "ea2",
            f -> f.execute("UPDATE encounter SET start_time = " + literal("1850-03-01 09:00") + " WHERE id = 'ea2'")),
        of("conformance.postal_code_format@patient.postal_code", B, 1, "pb1",
            f -> f.execute("UPDATE patient SET postal_code = '2134' WHERE id = 'pb1'")),
        of("conformance.phone_format@patient.phone", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET phone = '555-98' WHERE id = 'pa2'")),
        of("conformance.value_type_consistent@observation.value_type", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET value_num = NULL WHERE id = 'glu1'")),
        of("conformance.value_decimal_numeric@observation.value_decimal", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET value_decimal = '9S' WHERE id = 'glu1'")),
        of("conformance.reference_range_ordered@observation.ref_low", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET ref_low = 120 WHERE id = 'glu1'")),
        // DICOM PS3.5 9.1: a component must not start with 0 unless it is 0.
        of("conformance.dicom_uid_format@imaging_study.study_uid", A, 1, "im1",
            f -> f.execute("UPDATE imaging_study SET study_uid = '1.2.840.01' WHERE id = 'im1'")),
        of("conformance.name_without_digits@patient.given", A, 1, "pa1",
            f -> f.execute("UPDATE patient SET given = 'Ann644' WHERE id = 'pa1'")),
        // Both rows of the repeated (source, id) violate.
        of("conformance.primary_key_unique@observation", A, 2, "glu1",
            f -> f.insert("observation", "id", "glu1", "source_record_id", "glu1-copy", "patient_id", "pa1",
                "code_system", QualityFixture.LOINC, "code", "2339-0")),
        of("conformance.orphan_fact@observation.patient_id", A, 1, "orph1",
            f -> f.insert("observation", "id", "orph1", "patient_id", "nobody", "code_system", QualityFixture.LOINC,
                "code", "2339-0")),
        of("conformance.encounter_reference_exists@condition.encounter_id", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET encounter_id = 'e-missing' WHERE id = 'ca2'")),
        of("conformance.encounter_same_patient@condition.encounter_id", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET encounter_id = 'ea1' WHERE id = 'ca2'")),
        of("conformance.person_link_record_exists@person_link.record_id", A, 1, "ghost",
            f -> f.link(A, "ghost", "P-3", 1.0)),
        of("conformance.golden_fact_source_exists@golden_fact_source.source_fact_id", A, 1, "gone",
            f -> f.goldenFact("F-2", A, "gone", true)),
        of("conformance.golden_value_traceable@golden_patient.birth_date_record_id", GOLDEN, 1, "P-1",
            f -> f.execute("UPDATE golden_patient SET birth_date_record_id = 'pb1' WHERE person_id = 'P-1'")),
        of("conformance.merged_fact_one_representative@golden_fact_source.representative", GOLDEN, 1, "F-1",
            f -> f.execute("UPDATE golden_fact_source SET representative = TRUE")),
        // ---- completeness (thresholds: 5 % unless said)
        // site-a has 2 patients: 1 / 2 = 50 %.
        of("completeness.required_field_present@patient.birth_date", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET birth_date = NULL WHERE id = 'pa2'")),
        // site-a vital signs and labs: 40 + 5 + 1 = 46; three empty ones make 3 / 49 = 6.1 %.
        of("completeness.measurement_value_present@observation.value", A, 3, "nv1", f -> {
          for (String id : List.of("nv1", "nv2", "nv3")) {
            f.insert("observation", "id", id, "patient_id", "pa1", "category", "vital-signs",
                "code_system", QualityFixture.LOINC, "code", "8867-4", "effective", ts("2020-01-10 09:55"));
          }
        }),
        of("completeness.measurement_unit_present@observation.unit", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET unit = NULL WHERE id = 'glu1'")),
        of("completeness.encounter_period_complete@encounter.end_time", A, 1, "ea2",
            f -> f.execute("UPDATE encounter SET end_time = NULL WHERE id = 'ea2'")),
        // 1 of 3 site-a patients has no encounter anywhere.
        of("completeness.patient_has_encounter@patient", A, 1, "pa3", CheckCases::lonePatient),
        of("completeness.patient_has_facts@patient", A, 1, "pa3", CheckCases::lonePatient),
        // site-a conditions: ca1, ca2, ca3: 1 / 3.
        of("completeness.code_display_present@condition.code_display", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET code_display = NULL WHERE id = 'ca2'")),
        of("completeness.address_complete@patient.address_line", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET city = NULL WHERE id = 'pa2'")),
        // 10 %: 1 / 2.
        of("completeness.contact_present@patient.phone", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET phone = NULL, address_line = NULL WHERE id = 'pa2'")),
        of("completeness.fact_has_encounter@condition.encounter_id", A, 1, "ca2",
            f -> f.execute("UPDATE condition SET encounter_id = NULL WHERE id = 'ca2'")),
        // 50 %: the one site-a laboratory result loses its range, 1 / 1.
        of("completeness.lab_reference_range_present@observation.ref_low", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET ref_low = NULL, ref_high = NULL WHERE id = 'glu1'")),
        of("completeness.medication_dosage_present@medication_request.dosage_text", A, 1, "ma1",
            f -> f.execute("UPDATE medication_request SET dosage_text = NULL WHERE id = 'ma1'")),
        // site-a observations: 40 + 5 + 2 = 47; 3 local: 6.4 %.
        of("completeness.standard_code_present@observation.code_system", A, 3, "hra1",
            f -> f.execute("UPDATE observation SET code_system = 'urn:medtwin:site-a:lab'"
                + " WHERE id IN ('hra1', 'hra2', 'hra3')")),
        // site-a distinct observation codes: 8; one local: 12.5 % (threshold 10 %).
        of("completeness.local_code_unmapped@observation.code", A, 1, "urn:medtwin:site-a:lab|GLU",
            f -> f.execute("UPDATE observation SET code_system = 'urn:medtwin:site-a:lab', code = 'GLU'"
                + " WHERE id = 'glu1'")),
        // pa1's encounters 2020-01-10, 2021-03-01, then 2025-06-01: 4.25 years > 3; 1 / 2 pairs.
        of("completeness.gap_in_observation_time@encounter.start_time", A, 1, "ea4",
            f -> f.encounter(A, "ea4", "pa1", "2025-06-01 09:00", "2025-06-01 10:00")),
        of("completeness.patient_linked@patient", A, 1, "pa3", CheckCases::lonePatient),
        of("completeness.golden_record_present@person_link.person_id", A, 1, "pa2",
            f -> f.execute("DELETE FROM golden_patient WHERE person_id = 'P-2'")),
        // site-b: 10 ledger records + 1 quarantined: 9.1 % > 1 %.
        of("completeness.quarantine_rate@quarantine", B, 1, "b.csv line 99",
            f -> f.insert("quarantine", "source", B, "file", "b.csv", "location", "line 99",
                "reason", "Row has 14 columns but the header has 12.", "raw_hash", "x", "raw_length", 10L,
                "run_id", "ingest-1")),
        // site-a: 10 ledger records, 1 + 15 unmodeled: 16 / 26 = 61.5 % > 50 %.
        of("completeness.unmodeled_resource_rate@unmodeled_resource", A, 16, "Claim/cl1", f -> {
          for (int i = 2; i <= 16; i++) {
            f.insert("unmodeled_resource", "source", A, "resource_type", "Claim", "id", "cl" + i, "json", "{}",
                "content_hash", "h", "run_id", "ingest-1");
          }
        }),
        of("completeness.sex_known@patient.sex", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET sex = 'unknown' WHERE id = 'pa2'")),
        of("completeness.ingest_run_finished@ingest_run", "store", 1, "ingest-2",
            f -> f.insert("ingest_run", "run_id", "ingest-2", "input", "network", "started_at", ts("2026-01-02 08:00"),
                "status", "failed")),
        // ---- plausibility
        of("plausibility.event_before_birth@observation.effective", A, 1, "hra5",
            f -> f.execute("UPDATE observation SET effective = " + literal("1970-01-01 09:00") + " WHERE id = 'hra5'")),
        // pa2 died 2020-06-01; 60 days later is 2020-07-31.
        of("plausibility.event_after_death@medication_administration.effective", A, 1, "mad1",
            f -> f.execute("UPDATE medication_administration SET effective = " + literal("2021-01-01 10:00")
                + " WHERE id = 'mad1'")),
        of("plausibility.event_in_future@immunization.occurrence", A, 1, "ia1",
            f -> f.execute("UPDATE immunization SET occurrence = " + literal("2030-01-01 09:00") + " WHERE id = 'ia1'")),
        of("plausibility.period_end_before_start@encounter.end_time", A, 1, "ea2",
            f -> f.execute("UPDATE encounter SET end_time = " + literal("2021-02-28 09:00") + " WHERE id = 'ea2'")),
        of("plausibility.birth_after_death@patient.deceased", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET deceased = " + literal("1940-01-01 00:00") + " WHERE id = 'pa2'")),
        // Born 1890, died 2020: 130 years > 120.
        of("plausibility.age_above_maximum@patient.birth_date", A, 1, "pa2",
            f -> f.execute("UPDATE patient SET birth_date = DATE '1890-01-01' WHERE id = 'pa2'")),
        of("plausibility.value_in_physiological_range@observation.8867-4 /min", A, 1, "hra3",
            f -> f.execute("UPDATE observation SET value_num = 600 WHERE id = 'hra3'")),
        of("plausibility.sex_specific_code@condition.code", A, 1, "ca9",
            f -> f.insert("condition", "id", "ca9", "patient_id", "pa2", "code_system", QualityFixture.SNOMED,
                "code", "72892002", "onset", ts("2019-01-01 08:00"))),
        // pa1 born 1980-05-01 is 4 at 1985-01-01; pregnancy is plausible from 9.
        of("plausibility.age_specific_code@condition.code", A, 1, "ca9",
            f -> f.insert("condition", "id", "ca9", "patient_id", "pa1", "code_system", QualityFixture.SNOMED,
                "code", "72892002", "onset", ts("1985-01-01 08:00"))),
        // glu1 and its copy under another id: 2 of 48 site-a observations, 4.2 % > 1 %.
        of("plausibility.duplicate_fact@observation", A, 2, "glu1", f -> f.insert("observation", "id", "glu1dup",
            "patient_id", "pa1", "encounter_id", "ea1", "category", "laboratory", "code_system", QualityFixture.LOINC,
            "code", "2339-0", "code_display", "Glucose [Mass/volume] in Blood", "effective", ts("2020-01-10 09:45"),
            "value_type", "numeric", "value_num", 95.0, "value_decimal", "95", "unit", "mg/dL", "ref_low", 70.0,
            "ref_high", 99.0, "interpretation", "N")),
        // ea1 ends 2020-01-10 10:00; 2020-03-01 is weeks later. 1 / 47 = 2.1 % > 1 %.
        of("plausibility.fact_outside_encounter_period@observation.effective", A, 1, "hra7",
            f -> f.execute("UPDATE observation SET effective = " + literal("2020-03-01 09:00") + " WHERE id = 'hra7'")),
        of("plausibility.encounter_duration_implausible@encounter.end_time", A, 1, "ea2",
            f -> f.execute("UPDATE encounter SET end_time = " + literal("2023-03-01 10:00") + " WHERE id = 'ea2'")),
        of("plausibility.systolic_above_diastolic@observation.8480-6", A, 1, "sys1",
            f -> f.execute("UPDATE observation SET value_num = 70 WHERE id = 'sys1'")),
        // 70 kg / 1.70 m^2 = 24.2 kg/m2, not 30.
        of("plausibility.bmi_matches_weight_height@observation.39156-5", A, 1, "bmi1",
            f -> f.execute("UPDATE observation SET value_num = 30 WHERE id = 'bmi1'")),
        // 95 mg/dL is within 70-99, so "H" is wrong.
        of("plausibility.interpretation_matches_range@observation.interpretation", A, 1, "glu1",
            f -> f.execute("UPDATE observation SET interpretation = 'H' WHERE id = 'glu1'")),
        of("plausibility.imaging_counts_consistent@imaging_study.number_of_instances", A, 1, "im1",
            f -> f.execute("UPDATE imaging_study SET number_of_instances = 1 WHERE id = 'im1'")),
        // site-a heart rates 60..99 -> 90..129: the mean moves 30 /min > 0.5 x 11.69.
        afterRun("plausibility.value_drift_between_runs@observation.value_num", A, 1, "http://loinc.org|8867-4 /min",
            f -> f.execute("UPDATE observation SET value_num = value_num + 30 WHERE id LIKE 'hra%'")),
        // site-b observations 40 -> 20: 50 % > 25 %; 1 of site-b's 3 tables.
        afterRun("plausibility.volume_drift_between_runs", B, 1, "observation",
            f -> f.execute("DELETE FROM observation WHERE source = 'site-b' AND id IN (" + hrb(20, 40) + ")")),
        // A third site-a patient: each code's share falls from 1/2 to 1/3, 16.7 points > 5.
        afterRun("plausibility.prevalence_drift_between_runs@condition.code", A, 3, ICD + "|O80",
            CheckCases::lonePatient),
        afterRun("plausibility.unit_drift_between_runs@observation.unit", A, 1, "http://loinc.org|2339-0 mmol/L",
            f -> f.execute("UPDATE observation SET unit = 'mmol/L', value_num = 5.3 WHERE id = 'glu1'")),
        of("plausibility.unit_mixture@observation.unit", A, 1, "http://loinc.org|2339-0",
            f -> f.observation(A, "glu2", "pa1", "ea1", "2339-0", 5.3, "mmol/L", "2020-01-10 09:50")),
        // site-b heart rates 101..140 against site-a's 60..99: d = 41 / 11.69 = 3.5 > 0.5.
        of("plausibility.value_drift_between_sources@observation.value_num", B, 1, "http://loinc.org|8867-4 /min",
            f -> f.execute("UPDATE observation SET value_num = value_num + 40 WHERE source = 'site-b'")),
        // O80 at site-a becomes O82: site-b's O80 share 100 % against 0 % elsewhere, > 60 points.
        of("plausibility.prevalence_drift_between_sources@condition.code", B, 1, ICD + "|O80",
            f -> f.execute("UPDATE condition SET code = 'O82' WHERE id = 'ca3'")),
        // One value of 100000 among 39 of 61..99: its z-score approaches the largest a sample of 40
        // allows, (n - 1) / sqrt(n) = 6.17, above 6; the others stay near 0.
        of("plausibility.statistical_outlier@observation.value_num", A, 1, "hra0",
            f -> f.execute("UPDATE observation SET value_num = 100000 WHERE id = 'hra0'")),
        of("plausibility.constant_value@observation.value_num", B, 1, "http://loinc.org|8867-4 /min",
            f -> f.execute("UPDATE observation SET value_num = 72 WHERE source = 'site-b'")),
        of("plausibility.person_sex_conflict@person_link.sex", B, 1, "pb1",
            f -> f.execute("UPDATE patient SET sex = 'male' WHERE id = 'pb1'")),
        of("plausibility.person_birth_date_conflict@person_link.birth_date", B, 1, "pb1",
            f -> f.execute("UPDATE patient SET birth_date = DATE '1980-05-02' WHERE id = 'pb1'")),
        of("plausibility.person_death_date_conflict@person_link.deceased", B, 1, "pb2", f -> {
          f.insert("patient", "source", B, "id", "pb2", "patient_id", "pb2", "sex", "male",
              "birth_date", date("1950-01-01"), "deceased", ts("2020-07-01 12:00"));
          f.link(B, "pb2", "P-2", 0.97);
        }),
        of("plausibility.duplicate_patient_in_source@person_link.person_id", A, 2, "pa1", f -> {
          lonePatient(f);
          f.link(A, "pa3", "P-1", 0.95);
        }),
        of("plausibility.weak_person_link@person_link.match_probability", B, 1, "pb1",
            f -> f.execute("UPDATE person_link SET match_probability = 0.3 WHERE record_id = 'pb1'")),
        of("plausibility.unresolved_conflict@golden_patient", GOLDEN, 1, "P-2",
            f -> f.insert("conflict", "person_id", "P-2", "kind", "patient", "field", "birth_date",
                "values_json", "[]", "chosen", null, "content_hash", "c2", "run_id", "merge-1")));
  }

  private static void lonePatient(QualityFixture f) throws java.sql.SQLException {
    f.insert("patient", "id", "pa3", "patient_id", "pa3", "family", "Lee", "given", "Kim",
        "birth_date", date("1990-02-02"), "phone", "555-000-1111");
  }

  private static String literal(String time) {
    return "CAST('" + time + ":00' AS TIMESTAMP)";
  }

  private static String hrb(int from, int to) {
    StringBuilder ids = new StringBuilder();
    for (int i = from; i < to; i++) {
      ids.append(i == from ? "" : ", ").append("'hrb").append(i).append("'");
    }
    return ids.toString();
  }
}
