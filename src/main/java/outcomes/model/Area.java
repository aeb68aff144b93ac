package outcomes.model;

/**
 * A place a value describes: a ward, a borough, a region or the country. Areas are matched on
 * their codes; names differ between sources ("Westminster, City of").
 */
public record Area(String code, String name, String type, String parentCode) {
  public Area {
    code = code.strip();
    name = name.strip();
    type = type == null ? "" : type.strip();
    parentCode = parentCode == null ? "" : parentCode.strip();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("an area needs a code");
    }
  }

  @Override
  public String toString() {
    return name.isEmpty() ? code : name + " (" + code + ")";
  }
}
