package outcomes.model;

/**
 * A place a value describes: a ward, a borough, a region or the country. Areas are matched on their
 * codes; names differ between sources ("Westminster, City of"). The boundary set says which
 * generation of boundaries a ward belongs to ("Westminster wards 2002-2022"): the same name in two
 * sets is two areas, and a series never joins values across sets. It is empty for areas whose
 * boundaries the catalogue does not version (boroughs, regions, England).
 */
public record Area(String code, String name, String type, String parentCode, String boundarySet) {
  public Area {
    code = code.strip();
    name = name == null ? "" : name.strip();
    type = type == null ? "" : type.strip();
    parentCode = parentCode == null ? "" : parentCode.strip();
    boundarySet = boundarySet == null ? "" : boundarySet.strip();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("an area needs a code");
    }
  }

  /** An area whose boundary set is not known or not versioned. */
  public Area(String code, String name, String type, String parentCode) {
    this(code, name, type, parentCode, "");
  }

  @Override
  public String toString() {
    return name.isEmpty() ? code : name + " (" + code + ")";
  }
}
