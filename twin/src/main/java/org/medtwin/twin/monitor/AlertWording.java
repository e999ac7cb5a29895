package org.medtwin.twin.monitor;

import java.math.BigDecimal;
import org.medtwin.twin.news2.News2Score;
import org.medtwin.twin.news2.Spo2Scale;
import org.medtwin.twin.news2.VitalSigns;

/** Words an alert's message from the observation behind it. */
final class AlertWording {

  private AlertWording() {}

  /** "NEWS2 7 (HIGH): resp rate 25 (3), SpO2 91% scale 1 (3), ..." listing the parameters that scored. */
  static String threshold(News2Score score, VitalSigns vitals) {
    StringBuilder text = new StringBuilder("NEWS2 ").append(score.total()).append(" (").append(score.risk()).append(")");
    String separator = ": ";
    separator = part(text, separator, score.respRate(), "resp rate " + number(vitals.respRate()) + "/min");
    separator = part(text, separator, score.spo2(), "SpO2 " + number(vitals.spo2()) + "% scale "
        + (vitals.spo2Scale() == Spo2Scale.SCALE_2 ? "2" : "1"));
    separator = part(text, separator, score.airOrOxygen(), "on oxygen");
    separator = part(text, separator, score.systolicBp(), "systolic " + number(vitals.systolicBp()) + " mmHg");
    separator = part(text, separator, score.pulse(), "pulse " + number(vitals.pulse()) + "/min");
    separator = part(text, separator, score.consciousness(), "consciousness " + vitals.consciousness().letter());
    part(text, separator, score.temperature(), "temperature " + number(vitals.temperature()) + " C");
    if (score.redSingleParameter()) {
      text.append("; a single parameter scores 3");
    }
    return text.toString();
  }

  private static String part(StringBuilder text, String separator, int points, String what) {
    if (points == 0) {
      return separator;
    }
    text.append(separator).append(what).append(" (").append(points).append(')');
    return ", ";
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
