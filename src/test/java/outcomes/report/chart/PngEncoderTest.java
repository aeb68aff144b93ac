package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG reads back to the same pixels, and the same image gives the same bytes. */
class PngEncoderTest {
  @Test
  void readsBackPixelForPixel() throws Exception {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    Random rnd = new Random(5);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, x < 10 ? 0xFFFFFF : rnd.nextInt(0x1000000));
      }
    }
    byte[] png = PngEncoder.encode(image);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));

    assertEquals(image.getWidth(), back.getWidth());
    assertEquals(image.getHeight(), back.getHeight());
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertEquals(image.getRGB(x, y) & 0xFFFFFF, back.getRGB(x, y) & 0xFFFFFF, x + "," + y);
      }
    }
    assertArrayEquals(png, PngEncoder.encode(image));
  }

  @Test
  void takesOnlyRgbImages() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
  }
}
