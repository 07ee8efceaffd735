namespace Courseware.Benchmarks.Generation;

/// <summary>Paints deterministic pixels that compress like real course images: flat screenshots with text-like rows, noisy photos.</summary>
public static class ImagePainter
{
    /// <summary>A screenshot: window chrome, panels, buttons and lines of "text" on flat backgrounds (PNG sizes of 50–300 KB).</summary>
    public static byte[] Screenshot(int width, int height, Random random)
    {
        var rgb = new byte[width * height * 3];
        Fill(rgb, width, 0, 0, width, height, 246, 247, 249);
        Fill(rgb, width, 0, 0, width, 48, (byte)random.Next(20, 80), (byte)random.Next(60, 140), (byte)random.Next(120, 220));
        Fill(rgb, width, 0, 48, width / 5, height - 48, 232, 235, 240);
        var panels = random.Next(3, 7);
        for (var i = 0; i < panels; i++)
        {
            var x = random.Next(width / 5 + 10, width - 200);
            var y = random.Next(60, height - 120);
            var w = Math.Min(random.Next(180, 600), width - x - 5);
            var h = Math.Min(random.Next(80, 320), height - y - 5);
            Fill(rgb, width, x, y, w, h, 255, 255, 255);
            Fill(rgb, width, x + 10, y + h - 34, 90, 24, (byte)random.Next(0, 60), (byte)random.Next(90, 160), (byte)random.Next(150, 255));
            TextLines(rgb, width, x + 10, y + 10, w - 20, h - 50, random);
        }

        TextLines(rgb, width, 12, 60, width / 5 - 24, height - 80, random);

        // An embedded picture (a map, a photo, a chart with shading): the part that does not compress.
        var pw = random.Next(width / 5, width / 3);
        var ph = random.Next(height / 5, height / 3);
        var px = random.Next(width / 5 + 10, width - pw - 10);
        var py = random.Next(60, height - ph - 10);
        for (var y = 0; y < ph; y++)
        {
            for (var x = 0; x < pw; x++)
            {
                var v = 120 + (int)(60 * Math.Sin((x + y) / 23.0)) + random.Next(-40, 41);
                Set(rgb, width, px + x, py + y, (byte)Math.Clamp(v, 0, 255), (byte)Math.Clamp(v + 20, 0, 255), (byte)Math.Clamp(255 - v, 0, 255));
            }
        }

        return rgb;
    }

    /// <summary>A photo: smooth light and colour gradients with texture and sensor noise (JPEG sizes of 100–400 KB).</summary>
    public static byte[] Photo(int width, int height, Random random)
    {
        var rgb = new byte[width * height * 3];
        double fx = random.Next(2, 9), fy = random.Next(2, 9), phase = random.NextDouble() * 6;
        int baseR = random.Next(60, 200), baseG = random.Next(60, 200), baseB = random.Next(60, 200);
        var noise = new Random(random.Next());
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var u = (double)x / width;
                var v = (double)y / height;
                var wave = (Math.Sin((u * fx) + phase) * Math.Cos(v * fy) * 50) + (Math.Sin((u + v) * 37) * 12);
                var grain = noise.Next(-14, 15);
                var p = ((y * width) + x) * 3;
                rgb[p] = Clamp(baseR + wave - (v * 40) + grain);
                rgb[p + 1] = Clamp(baseG + (wave * 0.6) + (u * 30) + grain);
                rgb[p + 2] = Clamp(baseB - (wave * 0.4) + (v * 50) + grain);
            }
        }

        return rgb;
    }

    private static void TextLines(byte[] rgb, int width, int x, int y, int w, int h, Random random)
    {
        for (var line = y; line + 10 < y + h; line += 18)
        {
            var cursor = x;
            var end = x + (w * random.Next(50, 100) / 100);
            while (cursor < end)
            {
                var word = random.Next(12, 60);
                for (var i = 0; i < word && cursor + i < end; i++)
                {
                    // Glyph-like columns: some pixels dark, some anti-aliased grey.
                    for (var row = 0; row < 10; row++)
                    {
                        var shade = random.Next(4) switch { 0 => 40, 1 => 120, _ => 255 };
                        if (shade < 255)
                        {
                            Set(rgb, width, cursor + i, line + row, (byte)shade, (byte)shade, (byte)(shade + 10));
                        }
                    }
                }

                cursor += word + 6;
            }
        }
    }

    private static void Fill(byte[] rgb, int width, int x, int y, int w, int h, byte r, byte g, byte b)
    {
        for (var yy = y; yy < y + h; yy++)
        {
            for (var xx = x; xx < x + w; xx++)
            {
                Set(rgb, width, xx, yy, r, g, b);
            }
        }
    }

    private static void Set(byte[] rgb, int width, int x, int y, byte r, byte g, byte b)
    {
        var p = ((y * width) + x) * 3;
        if (p < 0 || p + 2 >= rgb.Length || x >= width)
        {
            return;
        }

        rgb[p] = r;
        rgb[p + 1] = g;
        rgb[p + 2] = b;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)value, 0, 255);
}
