package outcomes.xlsx;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.xml.sax.SAXParseException;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * POI's failures as the one-line errors a user can act on. A workbook is untrusted input: POI's
 * ZipSecureFile limits (an entry may not expand more than 100 times, nor past 4 GB) stop zip bombs,
 * and its XML readers refuse DTDs and external entities; these say so plainly.
 */
final class XlsxErrors {
  static final String NO_CACHED_VALUE = "formula without a saved result in cell";

  private XlsxErrors() {}

  static OutcomesException of(String file, Throwable e) {
    if (e instanceof OutcomesException oe) {
      return oe;
    }
    Location at = Location.of(file);
    String why = firstLine(e);
    Throwable root = root(e);
    if (why.contains(NO_CACHED_VALUE) || firstLine(root).contains(NO_CACHED_VALUE)) {
      String cell =
          (why.contains(NO_CACHED_VALUE) ? why : firstLine(root))
              .replaceFirst(".*" + NO_CACHED_VALUE, "")
              .strip();
      return OutcomesException.badInput(
          at,
          "cell "
              + cell
              + " holds a formula the workbook was saved"
              + " without calculating: open it in a spreadsheet program and save it, so its values are stored");
    }
    if (chainHas(e, "Zip bomb") || chainHas(e, "max. ratio") || chainHas(e, "exceed the max")) {
      return OutcomesException.badInput(
          at,
          "refused: a part of this workbook expands far beyond its"
              + " packed size, as a zip bomb does; check where the file came from");
    }
    if (e instanceof OLE2NotOfficeXmlFileException
        || root instanceof OLE2NotOfficeXmlFileException) {
      return OutcomesException.badInput(
          at, "is an .xls workbook (Excel 97-2003), not .xlsx: save it as" + " .xlsx or CSV");
    }
    if (e instanceof NotOfficeXmlFileException
        || root instanceof NotOfficeXmlFileException
        || chainHas(e, "No valid entries or contents found")
        || chainHas(e, "not a valid OOXML")) {
      return OutcomesException.badInput(
          at, "is not an xlsx workbook (a zip of Office XML parts):" + " save it as .xlsx or CSV");
    }
    if (e instanceof EncryptedDocumentException || chainHas(e, "encrypted")) {
      return OutcomesException.badInput(
          at, "is password-protected: save a copy without a password");
    }
    if (root instanceof SAXParseException p) {
      return OutcomesException.badInput(
          at,
          "the workbook's XML is broken (line "
              + p.getLineNumber()
              + " of a part): "
              + firstLine(p));
    }
    return OutcomesException.badInput(at, "cannot be read as an xlsx workbook: " + firstLine(root));
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 20 && t.getCause() != null && t.getCause() != t; i++) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean chainHas(Throwable e, String text) {
    Throwable t = e;
    for (int i = 0; i < 20 && t != null; i++, t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse("").strip();
  }
}
