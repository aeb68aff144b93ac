package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes and text written to standard output arrive in the order written, in its encoding. */
class StandardOutputTest {
  private static final byte[] ROW = "Ynys Môn,€5\r\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void utf8BytesGoStraightThroughBetweenText() throws Exception {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    StandardOutput out = new StandardOutput(stream, StandardCharsets.UTF_8);
    out.print("before ");
    StandardOutput.bytesFor(out).write(ROW, ROW.length);
    out.print("after");
    out.flush();
    assertEquals("before Ynys Môn,€5\r\nafter", stream.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anotherEncodingGetsTheTextDecodedForIt() throws Exception {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    StandardOutput out = new StandardOutput(stream, StandardCharsets.ISO_8859_1);
    StandardOutput.bytesFor(out).write(ROW, ROW.length);
    out.flush();
    assertEquals("Ynys Môn,?5\r\n", stream.toString(StandardCharsets.ISO_8859_1));
  }

  @Test
  void anyOtherWriterGetsTheTextDecoded() throws Exception {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    StandardOutput.bytesFor(out).write(ROW, ROW.length);
    out.flush();
    assertEquals("Ynys Môn,€5\r\n", text.toString());
  }
}
