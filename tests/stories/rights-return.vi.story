lang: vi

> /start
Xin chào. Tôi là sodan, trợ lý miễn phí và giữ bí mật, dành cho người nước ngoài đang làm việc ở Nhật Bản.
Tôi có thể kiểm tra tiền lương của bạn, tiền bị trừ vào lương, và tiền tăng ca. Tôi cũng chỉ cho bạn nơi có thể nhận giúp đỡ bằng tiếng của bạn.
Tôi không nói gì với công ty hay nghiệp đoàn của bạn.
Lúc nào bạn cũng có thể gõ /menu để quay lại đây, /human để nói chuyện với người thật, và /lang để đổi ngôn ngữ.
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 6
Quyền khi làm việc
Bạn đang gặp vấn đề gì? Hãy chọn một.
[1] Bị giữ hộ chiếu
[2] Bị ép về nước
[3] Bạo lực, quấy rối
[4] Mang thai
[5] Không được trả lương
[6] Đổi công ty
[7] Nghỉ phép có lương
[8] Menu chính

> 2
Bạn có đang bị đưa về nước, hoặc bị đưa ra sân bay, trái với ý muốn của bạn không? Việc đó rất nguy hiểm. Hãy tìm sự giúp đỡ ngay.
Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.
Luật nói gì với thực tập sinh kỹ năng: công ty và nghiệp đoàn không được giữ hộ chiếu của bạn (Luật Thực tập Kỹ năng, Điều 48 khoản 1; 技能実習法 第48条第1項). Phạt tiền khi bạn nghỉ việc hoặc bỏ đi là bị cấm (Luật Tiêu chuẩn Lao động, Điều 16; 労働基準法 第16条). Khi thực tập kết thúc, kể cả kết thúc sớm, nghiệp đoàn trả vé máy bay về nước cho bạn (Quy tắc thi hành Luật Thực tập Kỹ năng, Điều 12 khoản 1 mục 6; 技能実習法施行規則 第12条第1項第6号).
Đừng ký giấy tờ mà bạn không hiểu, và đừng đồng ý về nước trước khi nói chuyện với tư vấn viên. Ở sân bay, nếu bạn bị bắt phải đi trái với ý muốn, hãy gọi cảnh sát theo số ở trên. Bấm "Gặp tư vấn viên ngay": bạn sẽ được trả lời trước.
[1] Gặp tư vấn viên ngay
[2] Số điện thoại hỗ trợ
[3] Quyền khác
[4] Menu chính

> 1
Tôi đã báo cho các tư vấn viên của chúng tôi rằng bạn có thể đang gặp nguy hiểm. Một người thật sẽ trả lời bạn ở đây sớm nhất có thể. Hãy luôn giữ điện thoại bên mình.
Nếu có thể, hãy đến một nơi an toàn: bốt cảnh sát (交番), cửa hàng tiện lợi hoặc nhà ga.
[1] Menu chính
