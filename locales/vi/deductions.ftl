# sodan — Vietnamese (vi): money taken from pay (dialogs/deductions.toml).
# Review: machine-assisted translation from locales/en/deductions.ftl; NOT yet reviewed by a native speaker.
#
# The verdict, the law and how sure a rule is come from data/deductions.toml.
# Messages that choose by { $kind } or { $deduction_kind } need one variant per
# `kind` of data/deductions.toml, and the default variant (*[other]).
# deduction-words: words that recognise each kind in free text, separated by " | ".
# They also hold forms without diacritics (e.g. "ky tuc xa"), because many
# workers type Vietnamese without accents. Avoid single short words such as
# "nước" or "ga", which are part of other words ("về nước", "nhà ga").

## Start and groups

deduction-intro = Hãy lấy phiếu lương (給与明細) ra. Với mỗi khoản tiền bị trừ vào lương, hãy chọn đó là khoản gì. Tôi sẽ cho bạn biết khoản đó có được phép không và bạn có thể làm gì. Cuối cùng, bạn sẽ nhận được một bản tóm tắt.
deduction-ask-group = Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
deduction-group-taxes = Thuế và bảo hiểm
deduction-group-living = Nhà ở, ăn, điện nước
deduction-group-fines = Tiền phạt
deduction-group-fees = Các loại phí khác
deduction-group-other = Khoản khác
deduction-done = Xong: tóm tắt
deduction-ask-kind = Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
deduction-back = Quay lại
deduction-pick-income-tax = Thuế thu nhập
deduction-pick-resident-tax = Thuế cư trú
deduction-pick-social-insurance = Bảo hiểm, lương hưu
deduction-pick-employment-insurance = Bảo hiểm việc làm
deduction-pick-dormitory = Ký túc xá, tiền nhà
deduction-pick-utilities = Điện, nước, ga
deduction-pick-food = Tiền ăn
deduction-pick-damage-compensation = Lỗi, làm hỏng đồ
deduction-pick-quit-penalty = Phạt khi nghỉ việc
deduction-pick-absence-fine = Phạt nghỉ, đi muộn
deduction-pick-disciplinary-cut = Cắt lương kỷ luật
deduction-pick-broker-fee = Phí môi giới, nợ
deduction-pick-management-fee = Phí nghiệp đoàn
deduction-pick-passport-keeping = Phí giữ hộ chiếu
deduction-pick-return-airfare = Vé máy bay về nước
deduction-pick-forced-savings = Bắt gửi tiết kiệm
deduction-pick-uniform = Đồng phục, dụng cụ

## In the worker's own words

deduction-ask-other = Hãy viết ngắn gọn khoản bị trừ là gì, ví dụ như chữ ghi trên phiếu lương: "ký túc xá", "寮費" hoặc "phạt đi muộn".
deduction-matched = Tôi nghĩ đây là: { $deduction_name }.
deduction-several = Lời bạn viết hợp với nhiều loại: { $matched_names }. Chúng ta kiểm tra từng khoản một nhé. Hãy chọn nhóm của khoản đầu tiên.
deduction-not-matched = Tôi không biết đây là loại tiền bị trừ nào. Tôi sẽ giữ lời bạn viết trong bản tóm tắt, để tư vấn viên có thể xem.
deduction-choose-list = Chọn trong danh sách
deduction-write-again = Viết lại

## The verdict of one deduction

deduction-legal =
    { $deduction_name }: ĐƯỢC PHÉP. Luật cho phép công ty trừ khoản này vào lương.
    Luật: { $deduction_law }
deduction-conditional =
    { $deduction_name }: TÙY ĐIỀU KIỆN. Khoản này chỉ được phép khi đủ điều kiện.
    Luật: { $deduction_law }
deduction-illegal =
    { $deduction_name }: CÓ VẺ TRÁI LUẬT. Công ty không được trừ khoản này vào lương.
    Luật: { $deduction_law }
deduction-uncertain = Lưu ý: quy định này chưa được xác nhận trong nguồn mà tôi đã kiểm tra. Hãy nhờ tư vấn viên xác nhận.
deduction-ask-another = Còn khoản nào khác bị trừ vào lương không?
deduction-add-another = Có, kiểm tra tiếp
deduction-show-summary = Không, xem tóm tắt
deduction-check-more = Kiểm tra khoản khác

# The condition of a conditional deduction, and how to check it.
deduction-condition =
    Chỉ được phép khi:
    { $deduction_kind ->
        [dormitory] Có thỏa thuận bằng văn bản giữa công ty và người lao động (労使協定); bạn đã được giải thích và đã đồng ý; và số tiền không cao hơn chi phí thực tế, hoặc là một số tiền hợp lý (実費に相当する額その他の適正な額).
        [utilities] Có thỏa thuận bằng văn bản (労使協定), bạn đồng ý, và chỉ theo chi phí thực tế.
        [food] Có thỏa thuận bằng văn bản (労使協定), bạn đồng ý, và chỉ theo chi phí thực tế: bữa ăn mua sẵn thì theo giá mua; nhà ăn của công ty thì theo số tiền nhân viên khác trả.
        [uniform] Có thỏa thuận bằng văn bản (労使協定), nội quy lao động (就業規則) ghi rằng người lao động phải trả, và số tiền hợp lý. Đồ bảo hộ an toàn mà luật bắt công ty phải cấp thì không được thu tiền.
        [disciplinary-cut] Nội quy lao động (就業規則) có quy định, và chỉ đến mức giới hạn của luật: một giới hạn cho mỗi lần vi phạm và một giới hạn cho mỗi kỳ lương.
       *[other] Đủ một số điều kiện. Hãy hỏi tư vấn viên điều kiện nào áp dụng cho bạn.
    }
    Cách kiểm tra: { $deduction_kind ->
        [dormitory] hãy đề nghị công ty cho xem thỏa thuận và cách tính số tiền.
        [utilities] hãy đề nghị cho xem hóa đơn.
        [food] hãy hỏi số tiền được tính như thế nào.
        [uniform] hãy đề nghị cho xem nội quy lao động và thỏa thuận.
        [disciplinary-cut] hãy đề nghị cho xem quy định trong nội quy lao động.
       *[other] hãy hỏi tư vấn viên.
    }

# What each kind is, and what to do.
deduction-about =
    { $deduction_kind ->
        [income-tax] Thuế thu nhập bị trừ vào lương theo luật.
        [resident-tax] Thuế cư trú (住民税) thường bị trừ từ năm thứ hai ở Nhật. Thành phố nơi bạn sống vào ngày 1 tháng 1 quyết định số tiền, và công ty trừ vào lương. (Điều khoản chính xác của Luật Thuế địa phương chưa được xác nhận trong nguồn của tôi.)
        [social-insurance] Bảo hiểm y tế, lương hưu và bảo hiểm chăm sóc điều dưỡng bị trừ theo luật. Các khoản này cũng bảo vệ bạn: được khám chữa bệnh, và được nhận lại một phần tiền lương hưu một lần khi rời Nhật.
        [employment-insurance] Bảo hiểm việc làm (雇用保険) bị trừ theo luật.
        [dormitory] Nếu công ty thuê nhà của chủ nhà, số tiền hợp lý là: tiền thuê nhà cộng phí quản lý hoặc phí chung (管理費・共益費), không tính tiền đặt cọc, tiền lễ và phí môi giới nhà, rồi chia cho số người sống ở đó. Đây là cách tính trong quy định cho thực tập sinh kỹ năng và người lao động kỹ năng đặc định. Nếu nhiều người ở chung một phòng mà mỗi người đều trả đủ tiền thuê cả phòng, thì rất có thể là quá nhiều.
        [utilities] Điện, nước, ga chỉ được trừ theo chi phí thực tế. Cách thường dùng là chia hóa đơn thật cho những người sống ở đó, nhưng cách chia này chưa được xác nhận trong nguồn của tôi.
        [food] Tiền ăn chỉ được trừ theo chi phí thực tế. Tiền ăn quá cao cũng có thể che giấu việc trả lương thấp hơn lương tối thiểu.
        [uniform] Đồng phục, dụng cụ và thiết bị chỉ được thu tiền khi đủ các điều kiện trên.
        [damage-compensation] Thu một số tiền cố định khi làm sai hoặc làm hỏng đồ là hình phạt bị cấm. Kể cả khi có thiệt hại thật, công ty cũng không được tự ý trừ vào lương: công ty phải trả đủ lương, rồi đòi bồi thường riêng.
        [quit-penalty] Tiền phạt khi nghỉ việc, bỏ trốn hoặc vi phạm hợp đồng (違約金) bị cấm. Với thực tập sinh kỹ năng, điều này đúng cả khi hợp đồng là với gia đình bạn, và tiền đặt cọc bảo đảm (保証金) cũng bị cấm.
        [absence-fine] Công ty không phải trả lương cho những giờ bạn không làm. Nhưng phạt thêm tiền ngoài việc đó là bị cấm. Cắt lương để kỷ luật chỉ được phép trong giới hạn của luật.
        [disciplinary-cut] Không được trả lương cho những giờ bạn không làm thì không phải là hình phạt, và không tính ở đây.
        [forced-savings] Công ty bắt bạn gửi tiết kiệm, hoặc công ty giữ sổ ngân hàng của bạn, là bị cấm.
        [broker-fee] Phí của nghiệp đoàn, của người môi giới hoặc của công ty phái cử không được trừ vào lương. Khoản vay bạn đã vay trước khi sang Nhật cũng không được trả bằng cách trừ vào lương; với khoản nợ công ty phái cử, hãy nhờ tư vấn viên xác nhận điều này.
        [management-fee] Phí quản lý của nghiệp đoàn (監理費) chỉ do công ty trả, thực tập sinh không bao giờ phải trả, dù trực tiếp hay gián tiếp.
        [passport-keeping] Công ty và nghiệp đoàn không được giữ hộ chiếu hay thẻ cư trú của bạn, nên thu phí giữ giấy tờ cũng bị cấm. Điều này chắc chắn với thực tập sinh kỹ năng; với người lao động khác, hãy nhờ tư vấn viên xác nhận.
        [return-airfare] Với thực tập sinh kỹ năng, nghiệp đoàn trả vé máy bay về nước khi kết thúc thực tập, kể cả khi kết thúc sớm. Không được trừ khoản này vào lương. Với người lao động kỹ năng đặc định, quy định chưa được xác nhận: hãy hỏi tư vấn viên.
       *[other] {""}
    }
    Bạn nên làm gì: { $deduction_kind ->
        [income-tax] hãy kiểm tra số tiền trên phiếu lương và trong quyết toán cuối năm (年末調整). Nếu thấy sai, hãy hỏi sở thuế hoặc tư vấn viên.
        [resident-tax] nếu thấy sai, hãy hỏi tòa thị chính.
        [social-insurance] hãy kiểm tra bạn có thẻ bảo hiểm y tế không. Công ty cũng phải trả thêm một số tiền bằng như vậy, là phần của công ty.
        [employment-insurance] không cần làm gì, nhưng hãy giữ phiếu lương: phiếu lương cho thấy bạn đã có bảo hiểm.
        [dormitory] nếu ở chung phòng, hãy xem trong nhà có bao nhiêu người và mỗi người trả bao nhiêu. Hãy giữ phiếu lương.
        [utilities] hãy giữ phiếu lương, và ghi lại số tiền bị trừ mỗi tháng.
        [food] hãy so sánh với số tiền nhân viên khác trả, và giữ phiếu lương.
        [uniform] hãy giữ hóa đơn và phiếu lương.
        [damage-compensation] hãy ghi lại khoản bị trừ và lý do. Hãy hỏi tư vấn viên: có thể công ty phải trả lại tiền.
        [quit-penalty] đừng trả. Hãy giữ hợp đồng hoặc giấy tờ liên quan, và nói chuyện với tư vấn viên.
        [absence-fine] hãy so sánh số tiền bị trừ với số giờ bạn nghỉ. Nếu bị trừ nhiều hơn, hãy ghi lại và hỏi tư vấn viên.
        [disciplinary-cut] hãy đề nghị cho xem quy định trong nội quy lao động, và giữ phiếu lương.
        [forced-savings] hãy đòi lại sổ ngân hàng và thẻ. Hãy ghi lại số tiền đã bị gửi, và nói chuyện với tư vấn viên.
        [broker-fee] hãy ghi lại số tiền và giữ hợp đồng ký ở nước nhà. Hãy nói chuyện với tư vấn viên.
        [management-fee] hãy yêu cầu công ty dừng lại và trả lại tiền. Hãy nói chuyện với tư vấn viên hoặc OTIT (Cơ quan Thực tập Kỹ năng).
        [passport-keeping] hãy đòi lại hộ chiếu và thẻ. Nếu họ từ chối, hãy nói chuyện với tư vấn viên ngay. Nếu bạn gặp nguy hiểm, hãy gọi cảnh sát.
        [return-airfare] hãy yêu cầu nghiệp đoàn trả lại tiền. Hãy nói chuyện với tư vấn viên hoặc OTIT.
       *[other] hãy hỏi tư vấn viên về khoản bị trừ này.
    }

## A disciplinary pay cut

deduction-cut-intro =
    { $deduction_name }: chỉ được phép khi nội quy lao động (就業規則) có quy định, và chỉ đến mức giới hạn của luật. Chúng ta kiểm tra số tiền nhé.
    Luật: { $deduction_law }
deduction-ask-cut-amount = Bạn bị cắt bao nhiêu yên cho một lần vi phạm? Nếu không biết, hãy viết "bỏ qua".
deduction-ask-daily-wage = Lương bình quân một ngày (平均賃金) của bạn là bao nhiêu yên? Công ty hoặc tư vấn viên có thể cho bạn biết. Nếu không biết, hãy viết "bỏ qua".
deduction-ask-period-wage = Tổng lương của kỳ lương này (thường là một tháng), trước khi trừ, là bao nhiêu yên? Nếu không biết, hãy viết "bỏ qua".
deduction-skip-words = bỏ qua | bo qua | không biết | khong biet | ko biet | không | khong | -
deduction-cut-over = Khoản cắt lương này NHIỀU HƠN mức luật cho phép. Có vẻ trái luật.
deduction-cut-within = Khoản cắt lương này nằm trong các giới hạn mà tôi kiểm tra được. Nhưng nó vẫn chỉ được phép khi nội quy lao động (就業規則) có quy định.
deduction-cut-unchecked = Tôi không so sánh được khoản cắt lương này với các giới hạn. Nó chỉ được phép khi nội quy lao động (就業規則) có quy định, và chỉ đến mức giới hạn.
deduction-cut-limits =
    { $cut_incident ->
        [over] Cho một lần vi phạm, chỉ được cắt nhiều nhất ¥{ $cut_max_incident }. Khoản này nhiều hơn.
        [within] Cho một lần vi phạm, chỉ được cắt nhiều nhất ¥{ $cut_max_incident }. Khoản này không nhiều hơn.
        [limit] Cho một lần vi phạm, chỉ được cắt nhiều nhất ¥{ $cut_max_incident }.
       *[unknown] Giới hạn cho một lần vi phạm: tôi cần biết số tiền bị cắt và lương bình quân một ngày của bạn.
    }
    { $cut_period ->
        [over] Trong một kỳ lương, tất cả các khoản cắt cộng lại chỉ được nhiều nhất ¥{ $cut_max_period }. Riêng khoản này đã nhiều hơn.
        [within] Trong một kỳ lương, tất cả các khoản cắt cộng lại chỉ được nhiều nhất ¥{ $cut_max_period }. Nếu trong cùng kỳ còn bị cắt lần khác, hãy cộng lại và so sánh.
        [limit] Trong một kỳ lương, tất cả các khoản cắt cộng lại chỉ được nhiều nhất ¥{ $cut_max_period }.
       *[unknown] Giới hạn cho một kỳ lương: tôi cần biết số tiền bị cắt và tổng lương của kỳ đó.
    }

## Dormitory rent: the fair share of a rented home

deduction-dorm-ask-owner = Tôi có thể kiểm tra phần tiền nhà của bạn. Công ty có thuê nhà bạn ở từ chủ nhà không (ví dụ một căn hộ)?
deduction-dorm-leased = Có, nhà đi thuê
deduction-dorm-owned = Nhà của công ty
deduction-dorm-unsure = Tôi không biết
deduction-dorm-skip = Bỏ qua
deduction-dorm-ask-rent = Tiền thuê một tháng của cả căn nhà là bao nhiêu yên, cộng cả phí quản lý hoặc phí chung (管理費・共益費)? Đừng cộng tiền đặt cọc, tiền lễ hay phí môi giới nhà. Ví dụ 60000.
deduction-dorm-ask-people = Có bao nhiêu người sống ở đó, tính cả bạn? Ví dụ 3.
deduction-dorm-ask-paid = Mỗi tháng bạn bị trừ bao nhiêu yên tiền phòng? Chỉ tiền nhà, không tính điện, nước, ga.
deduction-dorm-above = Số tiền hợp lý là khoảng ¥{ $dorm_fair_share } một tháng (¥{ $dorm_rent } ÷ { $dorm_occupants } người). Lương của bạn bị trừ ¥{ $dorm_deducted }: nhiều hơn ¥{ $dorm_excess }. Như vậy có vẻ là quá nhiều. Hãy đề nghị công ty cho xem hợp đồng thuê nhà và cách tính số tiền của bạn.
deduction-dorm-within = Số tiền hợp lý là khoảng ¥{ $dorm_fair_share } một tháng (¥{ $dorm_rent } ÷ { $dorm_occupants } người). Lương của bạn bị trừ ¥{ $dorm_deducted }: không nhiều hơn. Nhưng khoản này vẫn chỉ được phép khi có thỏa thuận bằng văn bản (労使協定).
deduction-dorm-owned-rule = Nếu nhà là của công ty, số tiền phải là số mà công ty giải thích được từ chi phí xây nhà, số năm sử dụng được, và số người sống ở đó. Hãy đề nghị công ty giải thích cách tính.
deduction-dorm-unsure-rule = Hãy hỏi công ty: nhà bạn ở có phải đi thuê của chủ nhà không? Nếu có, số tiền hợp lý là tiền thuê nhà cộng phí quản lý hoặc phí chung, không tính tiền đặt cọc, tiền lễ và phí môi giới nhà, rồi chia cho số người sống ở đó. Hãy đề nghị cho xem hợp đồng thuê nhà.

## The summary

deduction-summary =
    Những khoản bạn đã kiểm tra:
    { $deduction_summary }
deduction-summary-illegal =
    Những khoản có vẻ trái luật:
    { $items }
deduction-summary-conditional =
    Những khoản chỉ được phép khi đủ điều kiện. Hãy hỏi công ty hoặc nghiệp đoàn:
    { $items }
deduction-summary-unknown =
    Những khoản tôi không nhận ra. Hãy đưa cho tư vấn viên xem:
    { $items }
deduction-summary-legal =
    Những khoản được luật cho phép:
    { $items }
deduction-next-steps = Bây giờ bạn có thể làm: hãy giữ phiếu lương và ghi lại từng số tiền bị trừ. Đừng ký giấy tờ mà bạn không hiểu. Tư vấn viên có thể giúp bạn hỏi và đòi lại tiền, bằng tiếng của bạn.
deduction-all-legal = Tất cả các khoản bạn đã kiểm tra đều được luật cho phép. Dù vậy, hãy kiểm tra số tiền trên phiếu lương mỗi tháng.
deduction-nothing = Bạn chưa chọn khoản nào. Nếu bạn không hiểu một dòng trên phiếu lương, tư vấn viên có thể giúp bạn.
staff-card-deductions = Tôi muốn được tư vấn về những khoản tiền bị trừ vào lương của tôi (控除). Tôi nghĩ có khoản có thể trái luật. Ngôn ngữ của tôi là { $worker_language }. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.

## Words for each kind (formatted by the rules, not shown as such)

deduction-kind-name =
    { $kind ->
        [income-tax] Thuế thu nhập (所得税)
        [resident-tax] Thuế cư trú (住民税)
        [social-insurance] Bảo hiểm y tế và lương hưu (社会保険)
        [employment-insurance] Bảo hiểm việc làm (雇用保険)
        [dormitory] Tiền ký túc xá, tiền nhà (寮費)
        [utilities] Tiền điện, nước, ga (水道光熱費)
        [food] Tiền ăn (食費)
        [uniform] Đồng phục, dụng cụ, thiết bị
        [damage-compensation] Tiền đền khi làm sai hoặc làm hỏng đồ
        [quit-penalty] Tiền phạt khi nghỉ việc (違約金)
        [absence-fine] Tiền phạt nghỉ làm hoặc đi muộn
        [disciplinary-cut] Cắt lương để kỷ luật (減給)
        [forced-savings] Bắt gửi tiết kiệm
        [broker-fee] Phí môi giới, hoặc khoản nợ từ trước khi sang Nhật
        [management-fee] Phí quản lý của nghiệp đoàn (監理費)
        [passport-keeping] Phí giữ hộ chiếu
        [return-airfare] Vé máy bay về nước
       *[other] { $kind }
    }
deduction-ask =
    { $kind ->
        [dormitory] đề nghị cho xem thỏa thuận bằng văn bản (労使協定), hợp đồng thuê nhà, và số người ở chung.
        [utilities] đề nghị cho xem hóa đơn, và cách chia cho những người sống ở đó.
        [food] hỏi số tiền được tính như thế nào, và nhân viên khác trả bao nhiêu.
        [uniform] đề nghị cho xem nội quy lao động (就業規則) và thỏa thuận bằng văn bản. Hãy giữ hóa đơn.
        [disciplinary-cut] đề nghị cho xem quy định trong nội quy lao động (就業規則), và kiểm tra số tiền với tư vấn viên.
       *[other] hỏi số tiền được tính như thế nào, và dựa trên thỏa thuận bằng văn bản nào.
    }
deduction-words =
    { $kind ->
        [income-tax] thuế thu nhập | thue thu nhap | thuế | thue
        [resident-tax] thuế cư trú | thue cu tru | thuế thị dân | thue thi dan | thuế địa phương | thue dia phuong | thuế juminzei
        [social-insurance] bảo hiểm xã hội | bao hiem xa hoi | bảo hiểm y tế | bao hiem y te | bảo hiểm sức khỏe | bảo hiểm sức khoẻ | bao hiem suc khoe | lương hưu | luong huu | hưu trí | huu tri | nenkin | bảo hiểm | bao hiem
        [employment-insurance] bảo hiểm việc làm | bao hiem viec lam | bảo hiểm thất nghiệp | bao hiem that nghiep
        [dormitory] ký túc xá | kí túc xá | ky tuc xa | ktx | tiền nhà | tien nha | tiền phòng | tien phong | tiền thuê nhà | tien thue nha | nhà ở | nha o
        [utilities] tiền điện | tien dien | tiền nước | tien nuoc | tiền ga | tien ga | tiền gas | tien gas | điện nước | dien nuoc | điện nước ga
        [food] tiền ăn | tien an | tiền cơm | tien com | bữa ăn | bua an | đồ ăn | do an | ăn uống | an uong
        [uniform] đồng phục | dong phuc | quần áo bảo hộ | quan ao bao ho | đồ bảo hộ | do bao ho | giày bảo hộ | giay bao ho | dụng cụ | dung cu
        [damage-compensation] bồi thường | boi thuong | làm hỏng | lam hong | hư hỏng | hu hong | làm sai | lam sai | hàng lỗi | hang loi | sản phẩm lỗi | san pham loi
        [quit-penalty] bỏ trốn | bo tron | trốn | nghỉ việc | nghi viec | phạt khi nghỉ việc | phạt nghỉ việc | phat nghi viec | vi phạm hợp đồng | vi pham hop dong | tiền đặt cọc | tien dat coc | tiền bảo lãnh | tien bao lanh
        [absence-fine] tiền phạt | tien phat | phạt | phạt đi muộn | phat di muon | phạt đi trễ | phat di tre | phạt nghỉ | phat nghi
        [disciplinary-cut] cắt lương | cat luong | giảm lương | giam luong | kỷ luật | ky luat
        [forced-savings] tiết kiệm | tiet kiem | sổ tiết kiệm | so tiet kiem | sổ ngân hàng | so ngan hang | giữ sổ | giu so
        [broker-fee] phí môi giới | phi moi gioi | môi giới | moi gioi | công ty phái cử | cong ty phai cu | phí xuất cảnh | phi xuat canh | tiền vay | tien vay | khoản vay | khoan vay | nợ
        [management-fee] phí nghiệp đoàn | phi nghiep doan | nghiệp đoàn | nghiep doan | phí quản lý nghiệp đoàn
        [passport-keeping] hộ chiếu | ho chieu | thẻ ngoại kiều | the ngoai kieu | thẻ cư trú | the cu tru | thẻ lưu trú | the luu tru
        [return-airfare] vé máy bay | ve may bay | tiền vé | tien ve | máy bay | may bay
       *[other] {""}
    }
