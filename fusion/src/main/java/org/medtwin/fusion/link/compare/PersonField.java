package org.medtwin.fusion.link.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.PostalAddress;

/** A text field of a person record, with all its values when the record holds several. */
public enum PersonField {
  GIVEN_NAME(names(PersonName::given)),
  SURNAME(names(PersonName::family)),
  HOUSE_NUMBER(addresses(PostalAddress::houseNumber)),
  STREET(addresses(PostalAddress::street)),
  ADDRESS_EXTRA(addresses(PostalAddress::extra)),
  LOCALITY(addresses(PostalAddress::locality)),
  POSTCODE(addresses(PostalAddress::postcode)),
  STATE(addresses(PostalAddress::state)),
  PHONE(PersonRecord::phones);

  private final Function<PersonRecord, List<String>> values;

  PersonField(Function<PersonRecord, List<String>> values) {
    this.values = values;
  }

  /** The field's distinct non-missing values in the record. */
  public List<String> values(PersonRecord record) {
    return values.apply(record);
  }

  private static Function<PersonRecord, List<String>> names(Function<PersonName, String> part) {
    return r -> distinct(r.names(), part);
  }

  private static Function<PersonRecord, List<String>> addresses(
      Function<PostalAddress, String> part) {
    return r -> distinct(r.addresses(), part);
  }

  private static <T> List<String> distinct(List<T> items, Function<T, String> part) {
    if (items.size() == 1) {
      String value = part.apply(items.get(0));
      return value == null ? List.of() : List.of(value);
    }
    List<String> values = new ArrayList<>(items.size());
    for (T item : items) {
      String value = part.apply(item);
      if (value != null && !values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }
}
