namespace Courseware.Benchmarks.Generation;

/// <summary>A baseline JPEG encoder (YCbCr 4:4:4, the standard tables of ITU T.81 annex K): enough for realistic photos.</summary>
public static class JpegEncoder
{
    private static readonly int[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    private static readonly int[] LumaQuant =
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ];

    private static readonly int[] ChromaQuant =
    [
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    ];

    private static readonly byte[] DcLumaBits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] DcChromaBits = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    private static readonly byte[] DcValues = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly byte[] AcLumaBits = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
    private static readonly byte[] AcChromaBits = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77];

    private static readonly byte[] AcLumaValues =
    [
        0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08,
        0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
        0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
        0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
        0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6,
        0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
        0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
    ];

    private static readonly byte[] AcChromaValues =
    [
        0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91,
        0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
        0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58,
        0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
        0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4,
        0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
        0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
    ];

    private static readonly double[,] Cosines = BuildCosines();

    /// <summary>Encodes <paramref name="rgb"/> (width × height × 3 bytes) at the given quality (1–100).</summary>
    public static byte[] Encode(int width, int height, byte[] rgb, int quality)
    {
        var lumaQ = Scale(LumaQuant, quality);
        var chromaQ = Scale(ChromaQuant, quality);
        var dcLuma = new HuffmanTable(DcLumaBits, DcValues);
        var acLuma = new HuffmanTable(AcLumaBits, AcLumaValues);
        var dcChroma = new HuffmanTable(DcChromaBits, DcValues);
        var acChroma = new HuffmanTable(AcChromaBits, AcChromaValues);

        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        Segment(output, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        var dqt = new List<byte> { 0 };
        dqt.AddRange(ZigZag.Select(i => (byte)lumaQ[i]));
        dqt.Add(1);
        dqt.AddRange(ZigZag.Select(i => (byte)chromaQ[i]));
        Segment(output, 0xDB, [.. dqt]);
        Segment(output, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]);
        var dht = new List<byte>();
        AddTable(dht, 0x00, DcLumaBits, DcValues);
        AddTable(dht, 0x10, AcLumaBits, AcLumaValues);
        AddTable(dht, 0x01, DcChromaBits, DcValues);
        AddTable(dht, 0x11, AcChromaBits, AcChromaValues);
        Segment(output, 0xC4, [.. dht]);
        Segment(output, 0xDA, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]);

        var bits = new BitWriter(output);
        var previous = new int[3];
        var block = new double[3][];
        for (var c = 0; c < 3; c++)
        {
            block[c] = new double[64];
        }

        for (var by = 0; by < height; by += 8)
        {
            for (var bx = 0; bx < width; bx += 8)
            {
                for (var y = 0; y < 8; y++)
                {
                    var sy = Math.Min(by + y, height - 1);
                    for (var x = 0; x < 8; x++)
                    {
                        var sx = Math.Min(bx + x, width - 1);
                        var p = ((sy * width) + sx) * 3;
                        double r = rgb[p], g = rgb[p + 1], b = rgb[p + 2];
                        block[0][(y * 8) + x] = (0.299 * r) + (0.587 * g) + (0.114 * b) - 128;
                        block[1][(y * 8) + x] = (-0.168736 * r) - (0.331264 * g) + (0.5 * b);
                        block[2][(y * 8) + x] = (0.5 * r) - (0.418688 * g) - (0.081312 * b);
                    }
                }

                EncodeBlock(bits, block[0], lumaQ, dcLuma, acLuma, ref previous[0]);
                EncodeBlock(bits, block[1], chromaQ, dcChroma, acChroma, ref previous[1]);
                EncodeBlock(bits, block[2], chromaQ, dcChroma, acChroma, ref previous[2]);
            }
        }

        bits.Flush();
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    private static void EncodeBlock(BitWriter bits, double[] samples, int[] quant, HuffmanTable dc, HuffmanTable ac, ref int previousDc)
    {
        // Separable forward DCT: rows, then columns.
        Span<double> temp = stackalloc double[64];
        for (var y = 0; y < 8; y++)
        {
            for (var u = 0; u < 8; u++)
            {
                double sum = 0;
                for (var x = 0; x < 8; x++)
                {
                    sum += Cosines[u, x] * samples[(y * 8) + x];
                }

                temp[(y * 8) + u] = sum;
            }
        }

        Span<int> coefficients = stackalloc int[64];
        for (var u = 0; u < 8; u++)
        {
            for (var v = 0; v < 8; v++)
            {
                double sum = 0;
                for (var y = 0; y < 8; y++)
                {
                    sum += Cosines[v, y] * temp[(y * 8) + u];
                }

                coefficients[(v * 8) + u] = (int)Math.Round(sum / quant[(v * 8) + u]);
            }
        }

        var diff = coefficients[0] - previousDc;
        previousDc = coefficients[0];
        var size = BitSize(diff);
        dc.Write(bits, size);
        bits.Write(Magnitude(diff, size), size);

        var run = 0;
        for (var k = 1; k < 64; k++)
        {
            var value = coefficients[ZigZag[k]];
            if (value == 0)
            {
                run++;
                continue;
            }

            while (run > 15)
            {
                ac.Write(bits, 0xF0);
                run -= 16;
            }

            size = BitSize(value);
            ac.Write(bits, (run << 4) | size);
            bits.Write(Magnitude(value, size), size);
            run = 0;
        }

        if (run > 0)
        {
            ac.Write(bits, 0x00);
        }
    }

    private static int BitSize(int value)
    {
        var magnitude = Math.Abs(value);
        var size = 0;
        while (magnitude > 0)
        {
            size++;
            magnitude >>= 1;
        }

        return size;
    }

    private static int Magnitude(int value, int size) => value >= 0 ? value : value + (1 << size) - 1;

    private static int[] Scale(int[] table, int quality)
    {
        quality = Math.Clamp(quality, 1, 100);
        var scale = quality < 50 ? 5000 / quality : 200 - (2 * quality);
        return [.. table.Select(q => Math.Clamp(((q * scale) + 50) / 100, 1, 255))];
    }

    private static void AddTable(List<byte> dht, byte classAndId, byte[] bits, byte[] values)
    {
        dht.Add(classAndId);
        dht.AddRange(bits);
        dht.AddRange(values);
    }

    private static void Segment(Stream output, byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        output.Write([0xFF, marker, (byte)(length >> 8), (byte)length]);
        output.Write(payload);
    }

    private static double[,] BuildCosines()
    {
        var table = new double[8, 8];
        for (var u = 0; u < 8; u++)
        {
            var cu = u == 0 ? Math.Sqrt(0.5) : 1.0;
            for (var x = 0; x < 8; x++)
            {
                table[u, x] = cu / 2 * Math.Cos(((2 * x) + 1) * u * Math.PI / 16);
            }
        }

        return table;
    }

    /// <summary>Canonical Huffman codes built from the BITS/HUFFVAL lists.</summary>
    private sealed class HuffmanTable
    {
        private readonly int[] _codes = new int[256];
        private readonly int[] _lengths = new int[256];

        public HuffmanTable(byte[] bits, byte[] values)
        {
            if (bits.Sum(b => b) != values.Length)
            {
                throw new InvalidOperationException("Huffman table: counts and values differ.");
            }

            var code = 0;
            var k = 0;
            for (var length = 1; length <= 16; length++)
            {
                for (var i = 0; i < bits[length - 1]; i++)
                {
                    _codes[values[k]] = code;
                    _lengths[values[k]] = length;
                    code++;
                    k++;
                }

                code <<= 1;
            }
        }

        public void Write(BitWriter writer, int symbol) => writer.Write(_codes[symbol], _lengths[symbol]);
    }

    /// <summary>Packs bits MSB first, stuffing a zero byte after each 0xFF.</summary>
    private sealed class BitWriter(Stream output)
    {
        private int _buffer;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                _buffer = (_buffer << 1) | ((value >> i) & 1);
                _count++;
                if (_count == 8)
                {
                    Emit();
                }
            }
        }

        public void Flush()
        {
            while (_count != 0)
            {
                _buffer = (_buffer << 1) | 1;
                _count++;
                if (_count == 8)
                {
                    Emit();
                }
            }
        }

        private void Emit()
        {
            output.WriteByte((byte)_buffer);
            if (_buffer == 0xFF)
            {
                output.WriteByte(0);
            }

            _buffer = 0;
            _count = 0;
        }
    }
}
