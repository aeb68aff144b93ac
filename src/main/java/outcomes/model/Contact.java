package outcomes.model;

/**
 * Who answers questions about the framework's reports, as the workbook's cover gives it: a team and
 * at least one way to reach it. Ways not given are "".
 *
 * @param name the team or person, as a reader would ask for them
 * @param email an address, if the team gives one
 * @param phone a telephone number, if the team gives one
 * @param website a page (https://…) that says how to reach the team, if there is one
 */
public record Contact(String name, String email, String phone, String website) {
  public Contact {
    name = name == null ? "" : name.strip();
    email = email == null ? "" : email.strip();
    phone = phone == null ? "" : phone.strip();
    website = website == null ? "" : website.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a contact needs a name");
    }
    if (email.isEmpty() && phone.isEmpty() && website.isEmpty()) {
      throw new IllegalArgumentException("a contact needs an email, a phone number or a website");
    }
  }
}
