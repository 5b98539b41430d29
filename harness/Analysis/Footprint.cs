using Testbed.Harness.Images;

namespace Testbed.Harness.Analysis;

/// <summary>
/// A kernel's static footprint: the size of each image file it boots (the kernel and its
/// modules), and the lines of code that run in ring 0, by group.
/// </summary>
public sealed record Footprint(IReadOnlyList<Footprint.ImageFile> Images, IReadOnlyList<Footprint.SourceGroup> Groups)
{
    public sealed record ImageFile(string Name, long Bytes);

    public sealed record SourceGroup(string Name, int Files, int Lines);

    public int TotalLines => Groups.Sum(g => g.Lines);

    public static Footprint Of(KernelImage image)
    {
        var images = new List<ImageFile> { new(Path.GetFileName(image.ElfPath), new FileInfo(image.ElfPath).Length) };
        images.AddRange(image.Modules.Select(module => new ImageFile(Path.GetFileName(module), new FileInfo(module).Length)));

        var groups = FootprintSources.ReadBeside(image.ElfPath)
            .GroupBy(source => source.Group)
            .Select(group =>
            {
                var files = group.Select(s => s.Path).Distinct().ToList();
                foreach (var file in files.Where(f => !File.Exists(f)))
                    throw new BadImageException($"{FootprintSources.FileName}: source '{file}' not found (rebuild the kernel)");
                return new SourceGroup(group.Key, files.Count, files.Sum(f => SourceLines.CountCode(File.ReadLines(f))));
            })
            .ToList();
        return new Footprint(images, groups);
    }
}
