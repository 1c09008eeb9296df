using HealthAiAcademy.Host.Identity;

namespace HealthAiAcademy.UnitTests.Host;

public sealed class ProfileInputTests
{
    [Fact]
    public void Trims_what_is_printed_and_stores_blank_optional_fields_as_absent()
    {
        var user = new AcademyUser();

        new ProfileInput("  Łukasz Şahin-de Vries ", " ", "  19012345601 ", "").ApplyTo(user);

        Assert.Equal("Łukasz Şahin-de Vries", user.FullName);
        Assert.Null(user.Profession);
        Assert.Equal("19012345601", user.RegistrationNumber);
        Assert.Null(user.StudentNumber);
    }

    [Fact]
    public void Names_every_field_that_is_wrong()
    {
        var errors = new ProfileInput("", new string('x', 101), new string('1', 41), new string('s', 41)).Validate();

        Assert.Equal(["fullName", "profession", "registrationNumber", "studentNumber"], errors.ToDictionary().Keys.Order());
    }
}
