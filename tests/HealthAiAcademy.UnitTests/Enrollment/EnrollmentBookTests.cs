using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Domain;

namespace HealthAiAcademy.UnitTests.Enrollment;

public sealed class EnrollmentBookTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static EnrollmentTerms Terms(
        int version, OfferingStatus status = OfferingStatus.Published, int? capacity = 20, bool automaticPromotion = false, bool waitlist = true) =>
        new(Guid.Parse("6d1e0a43-5b0f-4a52-9a3f-0c5d2f3e8a11"), "AI in the ICU", OfferingKind.ClinicianCourse, status, Now.AddDays(30),
            Now.AddDays(-1), Now.AddDays(20), capacity, EnrollmentPolicy.Open, waitlist, automaticPromotion, false, version);

    [Fact]
    public void A_newer_copy_of_the_terms_replaces_the_older_and_an_older_one_changes_nothing()
    {
        var book = new EnrollmentBook(Terms(version: 3), Now);

        var newer = book.Follow(Terms(version: 4, OfferingStatus.Closed, capacity: 25));
        var older = book.Follow(Terms(version: 2, OfferingStatus.Published, capacity: 10));

        Assert.True(newer);
        Assert.False(older);
        Assert.Equal((OfferingStatus.Closed, (int?)25, 4), (book.Terms.Status, book.Terms.Capacity, book.TermsVersion));
    }

    [Fact]
    public void A_book_opened_without_terms_takes_the_first_copy_it_gets()
    {
        var book = new EnrollmentBook(Terms(0).Id, "AI in the ICU", OfferingKind.ClinicianCourse, 20, Now.AddDays(30), Now);

        Assert.False(book.HasTerms);
        Assert.True(book.Follow(Terms(version: 0)));
        Assert.True(book.HasTerms);
    }

    [Fact]
    public void A_cancelled_book_answers_cancelled_whatever_its_last_terms_said()
    {
        var book = new EnrollmentBook(Terms(version: 1), Now);

        book.Cancel();

        Assert.Equal(OfferingStatus.Cancelled, book.Terms.Status);
    }

    [Fact]
    public void The_book_keeps_the_promotion_policy_freed_seats_are_passed_on_by()
    {
        var book = new EnrollmentBook(Terms(version: 1), Now);

        book.Follow(Terms(version: 2, automaticPromotion: true));

        Assert.True(book.AutomaticWaitlistPromotion);
        Assert.True(book.Terms.AutomaticWaitlistPromotion);
    }

    [Theory]
    [InlineData(true, true, nameof(Admission.Seat))]
    [InlineData(true, false, nameof(Admission.Seat))]
    [InlineData(false, true, nameof(Admission.WaitingList))]
    [InlineData(false, false, nameof(Admission.Full))]
    public void A_request_gets_the_seat_the_database_gave_else_the_waiting_list_where_the_offering_keeps_one(
        bool seatTaken, bool waitlist, string expected)
    {
        var book = new EnrollmentBook(Terms(version: 1, waitlist: waitlist), Now);

        Assert.Equal(Enum.Parse<Admission>(expected), book.AdmissionFor(seatTaken));
    }

    [Theory]
    [InlineData(false, false, nameof(FreedSeat.BackToPool))]
    [InlineData(false, true, nameof(FreedSeat.BackToPool))]
    [InlineData(true, false, nameof(FreedSeat.OfferToHead))]
    [InlineData(true, true, nameof(FreedSeat.PromoteHead))]
    public void A_freed_seat_goes_back_to_the_pool_when_nobody_waits_else_to_the_head_of_the_list_as_the_offering_says(
        bool anyoneWaiting, bool automaticPromotion, string expected)
    {
        var book = new EnrollmentBook(Terms(version: 1, automaticPromotion: automaticPromotion), Now);

        Assert.Equal(Enum.Parse<FreedSeat>(expected), book.FreedSeatFor(anyoneWaiting));
    }
}
