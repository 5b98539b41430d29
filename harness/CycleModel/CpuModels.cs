namespace Testbed.Harness.CycleModel;

/// <summary>The models of the checkout: cycle-model/models/&lt;name&gt;.model.</summary>
public static class CpuModels
{
    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "cycle-model", "models");

    public static IReadOnlyList<string> Names(string repositoryRoot) =>
        Directory.Exists(Folder(repositoryRoot))
            ? Directory.GetFiles(Folder(repositoryRoot), "*.model").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The model named <paramref name="name"/>; a clear error naming the known ones if there is none.</summary>
    public static CpuModel Find(string repositoryRoot, string name)
    {
        var path = Path.Combine(Folder(repositoryRoot), name + ".model");
        if (name.Length == 0 || name.IndexOfAny(['/', '\\', '.']) >= 0 || !File.Exists(path))
        {
            var known = Names(repositoryRoot);
            throw new BadModelException($"no cycle model '{name}'" +
                (known.Count == 0 ? $" (there is no model in {Folder(repositoryRoot)})" : $": the models are {string.Join(", ", known)}"));
        }
        var model = CpuModelFile.Load(path);
        if (model.Name != name) throw new BadModelException($"{path} names itself '{model.Name}', not '{name}'");
        return model;
    }
}
